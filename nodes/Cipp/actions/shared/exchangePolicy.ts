import type { IDataObject } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { recordParameter, tenantParameter } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, Validator } from '../types';

/**
 * What the Exchange policy and transport rule operations share: CIPP's template kinds (each an
 * Add, a List and a Remove of the same shape), the "deploy this cmdlet JSON to a tenant" endpoints,
 * and the Enable/Disable switches of Exchange's protection rules.
 */

/** A JSON object with at least one setting, given as an object or as text. */
export const jsonObject: Validator = (value, check) => {
	const parsed = validate.parsedJson(value, check, '{"name": "Block executables", "Priority": 0}');
	if (!isRecord(parsed) || Object.keys(parsed).length === 0) {
		validate.invalid(check, 'expected a JSON object with the settings.', `Enter the settings in "${check.field}" as a JSON object.`);
	}
	return parsed;
};

/** A JSON object as the JSON text CIPP runs ConvertFrom-Json on. */
export const jsonObjectText: Validator = (value, check) => JSON.stringify(jsonObject(value, check));

/**
 * One customer tenant sent as CIPP's `selectedTenants` list of `{value, label}`: CIPP deploys to each
 * `.value`, and an API client limited to some tenants has only default domains let through.
 */
export const selectedTenantParameter: CippParameter = {
	...tenantParameter('body', { defaultDomainOnly: true }),
	send: { name: 'selectedTenants', in: 'body', encoding: 'json' },
	validate: (value, check) => {
		const tenant = validate.tenant({ allowAllTenants: false, defaultDomainOnly: true })(value, check) as string;
		return [{ value: tenant, label: tenant }];
	},
};

const settingsProperty = (help: string) => ({
	displayName: 'Settings (JSON)',
	name: 'settings',
	type: 'json' as const,
	default: '{}',
	description: help,
});

export interface DeployKind extends Pick<CippOperation, 'resource' | 'value' | 'name' | 'action' | 'description'> {
	endpoint: string;
	role: string;
	/** What the JSON holds, for the field's help. */
	settings: string;
	/** CIPP's words for a tenant it could not deploy to (HTTP 200, no state). */
	refusals: RegExp[];
	/** Settings CIPP needs in the JSON (any case), e.g. the name it creates or matches the object by. */
	requiredKeys: string[];
	extra?: CippParameter[];
}

/** The settings JSON as text, refused when it lacks a setting CIPP needs. */
function withKeys(keys: string[]): Validator {
	return (value, check) => {
		const settings = jsonObject(value, check) as IDataObject;
		const given = Object.keys(settings).map((key) => key.toLowerCase());
		const missing = keys.filter((key) => !given.includes(key.toLowerCase()));
		if (missing.length > 0) {
			validate.invalid(
				check,
				`the settings have no ${missing.join(' or ')}.`,
				`Add ${missing.map((key) => `"${key}"`).join(' and ')} to the JSON.`,
			);
		}
		return JSON.stringify(settings);
	};
}

const NOT_DEPLOYED =
	"CIPP answered with no result: it skipped the tenant, which this API client may not manage. Check the client's CIPP role.";

/** An endpoint that runs the cmdlet JSON in `PowerShellCommand` against each of `selectedTenants`. */
export function deployOperation(kind: DeployKind): CippOperation {
	return {
		resource: kind.resource,
		value: kind.value,
		name: kind.name,
		action: kind.action,
		description: kind.description,
		...writes(kind.endpoint, kind.role),
		parameters: [
			selectedTenantParameter,
			requiredParameter(settingsProperty(kind.settings), { name: 'PowerShellCommand', in: 'body', validate: withKeys(kind.requiredKeys) }),
			...(kind.extra ?? []),
		],
		refusals: kind.refusals,
		output: actionResult({ emptyMeans: NOT_DEPLOYED }),
	};
}

export interface TemplateKind {
	resource: string;
	/** Inserted into the operation values, e.g. 'SpamFilter' gives getManySpamFilterTemplates; '' gives getManyTemplates. */
	key: string;
	/** Title Case words inserted into the names, e.g. 'Spam Filter'. */
	label: string;
	/** Lower-case noun for sentences, e.g. 'spam filter'. */
	noun: string;
	list: string;
	add: string;
	remove: string;
	readRole: string;
	writeRole: string;
	/** The picker's list search (methods/lists). */
	searchListMethod: string;
	/** Template IDs are GUIDs, except transport rule templates CIPP loads from its own files. */
	typed?: 'guid' | 'text';
	/** What the template's JSON holds, for the field's help. */
	settings: string;
	/** CIPP reads the settings from PowerShellCommand (JSON text), or from the body's own fields. */
	settingsIn?: 'PowerShellCommand' | 'body';
	/** More fields of the Create operation. */
	extra?: CippParameter[];
}

const words = (kind: TemplateKind, what: string) => [kind.label, what].filter(Boolean).join(' ');

/** Get Many … Templates: CIPP's template table rows of one kind, one item per template. */
export function templateList(kind: TemplateKind): CippOperation {
	return {
		resource: kind.resource,
		value: `getMany${kind.key}Templates`,
		name: `Get Many ${words(kind, 'Templates')}`,
		action: `Get many ${kind.noun} templates`,
		description: `List CIPP's ${kind.noun} templates, one item per template with its settings and GUID`,
		...reads(kind.list, kind.readRole),
		list: true,
		parameters: [],
		output: records,
	};
}

/** Create … Template: saves the settings JSON under a name in CIPP's template table. */
export function templateCreate(kind: TemplateKind): CippOperation {
	const operation: CippOperation = {
		resource: kind.resource,
		value: `create${kind.key}Template`,
		name: `Create ${words(kind, 'Template')}`,
		action: `Create a ${kind.noun} template`,
		description: `Save a ${kind.noun} template in CIPP, to deploy the same settings to many tenants`,
		...writes(kind.add, kind.writeRole),
		parameters: [
			requiredParameter(
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Standard', description: 'The template name' },
				{ name: 'name', in: 'body' },
			),
			...(kind.extra ?? []),
			requiredParameter(settingsProperty(kind.settings), {
				name: 'PowerShellCommand',
				in: 'body',
				validate: kind.settingsIn === 'body' ? jsonObject : jsonObjectText,
			}),
		],
		output: actionResult(),
		run: async (context) => {
			const body = context.request.body as IDataObject;
			const { PowerShellCommand: given, ...rest } = body;
			const settings = (typeof given === 'string' ? JSON.parse(given) : given) as IDataObject;
			// PowerShell property names ignore case: a "Name" beside "name" would break ConvertFrom-Json.
			const named = { ...Object.fromEntries(Object.entries(settings).filter(([key]) => key.toLowerCase() !== 'name')), name: body.name };
			const request = {
				...context.request,
				body: kind.settingsIn === 'body' ? { ...named, ...rest } : { ...rest, PowerShellCommand: JSON.stringify(named) },
			};
			return operation.output(await context.call(request, operation.role), context);
		},
	};
	return operation;
}

/** Delete … Template: removes one template from CIPP; what was deployed from it stays. */
export function templateDelete(kind: TemplateKind): CippOperation {
	return {
		resource: kind.resource,
		value: `delete${kind.key}Template`,
		name: `Delete ${words(kind, 'Template')}`,
		action: `Delete a ${kind.noun} template`,
		description: `Delete a ${kind.noun} template from CIPP; what was deployed from it stays`,
		...writes(kind.remove, kind.writeRole),
		parameters: [
			recordParameter(
				{
					displayName: 'Template ID',
					name: 'templateId',
					description: `The template, from the list or by its GUID (from Get Many ${words(kind, 'Templates')})`,
					searchListMethod: kind.searchListMethod,
					placeholder: 'Select a template...',
					typed: kind.typed,
				},
				{ name: 'ID', in: 'body' },
			),
		],
		output: actionResult(),
	};
}

export interface RuleStateKind {
	value: string;
	name: string;
	noun: string;
	endpoint: string;
	searchListMethod: string;
}

/** Enable or disable one of Exchange's protection rules (anti-phishing, malware, Safe Attachments) by its rule name. */
export function ruleStateOperation(kind: RuleStateKind): CippOperation {
	return {
		resource: 'exchangePolicy',
		value: kind.value,
		name: kind.name,
		action: `Enable or disable ${kind.noun} rule`,
		description: `Turn ${kind.noun} rule on or off; the policy behind it stays as it is`,
		...writes(kind.endpoint, 'Exchange.SpamFilter.ReadWrite'),
		parameters: [
			tenantParameter('body'),
			recordParameter(
				{
					displayName: 'Rule Name',
					name: 'ruleName',
					description: 'The rule (not the policy), by its name',
					searchListMethod: kind.searchListMethod,
					placeholder: 'Select a rule...',
					typed: 'text',
				},
				{ name: 'RuleName', in: 'body' },
			),
			stateParameter('State', ['Enable', 'Disable']),
		],
		output: actionResult(),
	};
}

/** An Enable/Disable switch sent in CIPP's spelling (`values[0]` enables). */
export function stateParameter(name: string, values: [string, string], where: 'query' | 'body' = 'body'): CippParameter {
	return requiredParameter(
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			default: `${values[0]}`,
			options: [
				{ name: 'Enable', value: values[0] },
				{ name: 'Disable', value: values[1] },
			],
		},
		{ name, in: where },
	);
}
