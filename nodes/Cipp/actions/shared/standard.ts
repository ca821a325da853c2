import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordParameter, tenantParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, SendTo } from '../types';

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
	return recordParameter(
		{
			displayName: 'Template ID',
			name: 'templateId',
			description,
			searchListMethod: 'searchStandardTemplates',
			placeholder: 'Select a template...',
		},
		send,
	);
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
