import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { choices, requiredChoice, requiredLine } from '../common/fields';
import { idPicker, tenantParameter, templatePicker } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, SendTo, Validator } from '../types';

/**
 * The tenant of a standards read or write: CIPP keys its standards reports, drift decisions and
 * baseline rows by default domain, so a tenant ID (which would match nothing) is refused.
 */
export function standardsTenant(where: 'query' | 'body', name = 'tenantFilter'): CippParameter {
	const parameter = tenantParameter(where, { name, defaultDomainOnly: true });
	return {
		...parameter,
		property: { ...parameter.property, description: 'The customer tenant, by default domain: CIPP keys standards data by it' },
	};
}

/** The same tenant as a filter: empty lists every tenant (CIPP has no AllTenants value here). */
export function optionalStandardsTenant(name = 'tenantFilter'): CippParameter {
	const parameter = standardsTenant('query', name);
	return {
		...parameter,
		property: {
			...parameter.property,
			required: false,
			description: 'Only this customer tenant, by default domain; leave empty for every tenant',
		},
		optional: true,
	};
}

/** A standards template (Tenant → Get Many Standard Templates), picked or typed by GUID. */
export function standardsTemplate(send: SendTo, description: string): CippParameter {
	return templatePicker('searchStandardTemplates', description, send);
}

/** The reason recorded with a deviation decision. */
export const reasonProperty: INodeProperties = {
	displayName: 'Reason',
	name: 'reason',
	type: 'string',
	default: '',
	placeholder: 'e.g. Approved by the customer',
	description: 'Why, recorded with the decision',
};

/**
 * Drift writes answer `{Results: [...]}` where each entry is `{success, result}`, `{standardName,
 * success: false, error}`, a text, or `{resultText, state}`: each becomes a message with its state.
 */
export const driftResult: CippOperation['output'] = (response, context) => {
	const results = isRecord(response) && Array.isArray(response.Results) ? response.Results : [];
	const messages = results.map((entry): unknown => {
		if (!isRecord(entry) || !('success' in entry)) return entry;
		if (entry.success !== false) return { resultText: String(entry.result ?? ''), state: 'success' };
		const name = entry.standardName ? `${String(entry.standardName)}: ` : '';
		return { resultText: `${name}${String(entry.error ?? 'failed')}`, state: 'error' };
	});
	return actionResult()({ Results: messages as IDataObject[] }, context);
};

/** Refuses before sending when a field a choice needs is missing. */
export function requireFor(
	context: { values: IDataObject; node: import('n8n-workflow').INode; itemIndex: number },
	field: string,
	label: string,
	why: string,
): void {
	const given = context.values[field];
	if (given === undefined || given === null || String(given).trim() === '') {
		validate.invalid({ node: context.node, field: label, itemIndex: context.itemIndex, access: 'write' }, why, `Fill in "${label}".`);
	}
}

/** A standard or deviation by its CIPP name, e.g. standards.AuditLog. */
export const standardNameProperty: INodeProperties = {
	displayName: 'Standard Name',
	name: 'standardName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. standards.AuditLog',
	description: 'The deviation, by its standardName from Standard → Get Many Drifts',
};

/**
 * Tenants of a standards template as CIPP's editor stores them, `[{label, value, type: 'Tenant'}]`,
 * from default domains (or AllTenants where `allowAll`): the standards engine matches them by default domain.
 */
export function templateTenants(allowAll: boolean): Validator {
	return (value, check) => {
		const list = validate.listOf(value);
		if (list.length === 0)
			validate.invalid(check, 'no tenant was given.', `Enter at least one default domain${allowAll ? ' or AllTenants' : ''}.`);
		return list.map((entry) => {
			if (allowAll && entry.toLowerCase() === 'alltenants') return { label: '*All Tenants', value: 'AllTenants', type: 'Tenant' };
			const domain = validate.tenant({ allowAllTenants: false, defaultDomainOnly: true })(entry, { ...check, access: 'read' }) as string;
			return { label: domain, value: domain, type: 'Tenant' };
		});
	};
}

/** A POST that starts one of CIPP's own scans (BPA, domain analyser): it changes no tenant, so AllTenants is allowed. */
export function scan(endpoint: string, role: string): Pick<CippOperation, 'endpoint' | 'method' | 'access' | 'role'> {
	return { endpoint, method: 'POST', access: 'read', role };
}

/** `{Results: ...}` as text or parsed: CIPP answers some lists with ConvertTo-Json text. */
export function parsedBody(response: unknown): unknown {
	if (typeof response !== 'string') return response;
	try {
		return JSON.parse(response) as unknown;
	} catch {
		return response;
	}
}

/** Whether a standards template only runs when started, sent as CIPP's runManually. */
export const runManuallyParameter: CippParameter = {
	property: {
		displayName: 'Run Manually Only',
		name: 'runManually',
		type: 'boolean',
		default: false,
		description: "Whether CIPP only runs it when started (Tenant → Run Standards) instead of on CIPP's schedule",
	},
	send: { name: 'runManually', in: 'body', encoding: 'boolean' },
};

/** A baseline (Standard → Get Many Baselines), picked or typed by GUID. */
export function baselineParameter(send: SendTo, description = 'The baseline, from the list or by its GUID'): CippParameter {
	return idPicker('baseline', 'searchBaselines', description, send);
}

/** A standard of a tenant's baseline, by its standardName, sent as CIPP's `standard`. */
export const baselineStandardParameter: CippParameter = requiredLine(
	'Baseline Standard',
	'standard',
	'The standard, by its standardName from Standard → Get Baseline Alignment',
	'standard',
	{ placeholder: 'e.g. AuditLog' },
);

/** The tenant and standard every baseline triage acts on. */
export const baselineTarget: CippParameter[] = [standardsTenant('body'), baselineStandardParameter];

/** The required Action drop-down of a baseline triage, from `{ 'Shown Name': 'value' }` in the order given. */
export function baselineActionParameter(fallback: string, actions: Record<string, string>): CippParameter {
	return requiredChoice('Action', 'action', '', 'action', fallback, choices(actions));
}
