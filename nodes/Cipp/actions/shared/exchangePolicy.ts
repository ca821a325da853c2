import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import {
	additionalFields,
	asLabelValue,
	choiceField,
	choices,
	namedCollection,
	numberField,
	pascalCase,
	pascalFlag,
	requiredLine,
	requiredParameter,
	requiredText,
	text,
} from '../common/fields';
import { recordParameter, tenantParameter, templatePicker } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, SendTo, Validator } from '../types';

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
			requiredLine('Name', 'name', 'The template name', 'name', { placeholder: 'e.g. Standard' }),
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

/** The template picker of a kind, sent as the body's ID. */
export function templateIdParameter(kind: TemplateKind): CippParameter {
	return templatePicker(
		kind.searchListMethod,
		`The template, from the list or by its GUID (from Get Many ${words(kind, 'Templates')})`,
		{ name: 'ID', in: 'body' },
		kind.typed,
	);
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
		parameters: [templateIdParameter(kind)],
		output: actionResult(),
	};
}

export interface RuleStateKind {
	value: string;
	name: string;
	noun: string;
	endpoint: string;
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
			requiredLine('Rule Name', 'ruleName', 'The rule (not the policy), by its name (RuleName in the policy list)', 'RuleName', {
				placeholder: 'e.g. Standard Preset Security Policy',
			}),
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

/** The Exchange Policy picker of a tenant's records (spam filters, quarantine policies, rules), by list or by name. */
export function namedRecordParameter(displayName: string, name: string, searchListMethod: string, send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName,
			name,
			description: `The ${displayName.toLowerCase()}, from the list or by its name`,
			searchListMethod,
			placeholder: `Select a ${displayName.toLowerCase()}...`,
			typed: 'text',
		},
		send,
	);
}

/** Tenant Allow/Block List entries: shared by Add Entries, Remove Entries and the templates. */
export const entriesProperty: INodeProperties = {
	displayName: 'Entries',
	name: 'entries',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. spam@example.com, example.net',
	description: 'Sender addresses or domains, URLs, file hashes or IP addresses, separated by commas',
};

export const listTypeProperty: INodeProperties = {
	displayName: 'List Type',
	name: 'listType',
	type: 'options',
	required: true,
	default: 'Sender',
	options: [
		{ name: 'File Hash', value: 'FileHash' },
		{ name: 'IP Address', value: 'IP' },
		{ name: 'Sender', value: 'Sender' },
		{ name: 'URL', value: 'Url' },
	],
};

const entriesList: Validator = (value, check) => {
	const list = validate.listOf(value).map((entry) => validate.text(entry, check));
	return list.length > 0 ? list : validate.text('', check);
};

/** What Add Entries and the Allow/Block templates send: the entries, their type, Allow or Block, notes and expiry. */
export const allowBlockFields: CippParameter[] = [
	{ property: entriesProperty, send: { name: 'entries', in: 'body', encoding: 'stringList' }, validate: entriesList },
	requiredParameter(listTypeProperty, { name: 'listType', in: 'body' }),
	requiredParameter(
		{
			displayName: 'Action',
			name: 'listMethod',
			type: 'options',
			default: 'Block',
			options: [
				{ name: 'Allow', value: 'Allow' },
				{ name: 'Block', value: 'Block' },
			],
		},
		{ name: 'listMethod', in: 'body' },
	),
	additionalFields([
		text('Notes', 'notes', 'A note kept with the entries', 'notes'),
		pascalFlag('Never Expire', 'noExpiration', 'Whether the entries never expire (otherwise Exchange removes them after 30 days)'),
		pascalFlag('Remove 45 Days After Last Use', 'removeAfter', 'Whether allow entries are removed 45 days after they last applied'),
	]),
];

const kind = (
	key: string,
	label: string,
	noun: string,
	endpoints: [string, string, string],
	roles: [string, string],
	searchListMethod: string,
	settings: string,
): TemplateKind => ({
	resource: 'exchangePolicy',
	key,
	label,
	noun,
	list: endpoints[0],
	add: endpoints[1],
	remove: endpoints[2],
	readRole: roles[0],
	writeRole: roles[1],
	searchListMethod,
	settings,
});

export const spamFilterTemplates = kind(
	'SpamFilter',
	'Spam Filter',
	'spam filter',
	['ListSpamFilterTemplates', 'AddSpamFilterTemplate', 'RemoveSpamfilterTemplate'],
	['Exchange.SpamFilter.Read', 'Exchange.SpamFilter.ReadWrite'],
	'searchSpamFilterTemplates',
	'New-HostedContentFilterPolicy parameters as JSON, e.g. {"BulkThreshold": 6, "SpamAction": "MoveToJmf"}',
);

export const connectionFilterTemplates = kind(
	'ConnectionFilter',
	'Connection Filter',
	'connection filter',
	['ListConnectionFilterTemplates', 'AddConnectionFilterTemplate', 'RemoveConnectionfilterTemplate'],
	['Exchange.ConnectionFilter.Read', 'Exchange.ConnectionFilter.ReadWrite'],
	'searchConnectionFilterTemplates',
	'Set-HostedConnectionFilterPolicy parameters as JSON, e.g. {"IPAllowList": ["203.0.113.10"], "EnableSafeList": true}',
);

/** Allow/Block templates are listed and removed like the others; their Create and Update send the entry fields instead of JSON. */
export const allowBlockTemplates = kind(
	'AllowBlock',
	'Allow/Block',
	'Tenant Allow/Block List',
	['ListTenantAllowBlockListTemplates', 'AddTenantAllowBlockListTemplate', 'RemoveTenantAllowBlockListTemplate'],
	['Exchange.SpamFilter.Read', 'Exchange.SpamFilter.ReadWrite'],
	'searchAllowBlockTemplates',
	'',
);

/** A quarantine policy of the chosen tenant, by list or name. */
export const quarantinePolicyParameter = namedRecordParameter('Quarantine Policy', 'quarantinePolicy', 'searchQuarantinePolicies', {
	name: 'Identity',
	in: 'body',
});

/** The switches of a quarantine policy, by [display name, field name, help]: each sent under the field name capitalised. */
const QUARANTINE_SWITCHES = [
	['Allow Sender', 'allowSender', 'Whether recipients may allow the sender'],
	['Block Sender', 'blockSender', 'Whether recipients may block the sender'],
	['Delete', 'delete', 'Whether recipients may delete messages'],
	[
		'Include Blocked Senders',
		'includeMessagesFromBlockedSenderAddress',
		'Whether notifications include messages from senders the recipient blocked',
	],
	['Preview', 'preview', 'Whether recipients may preview messages'],
	['Quarantine Notification', 'quarantineNotification', 'Whether recipients get quarantine notifications'],
];

/** What recipients may do with messages a quarantine policy holds; the same collection for Create and Update. */
export const quarantinePermissions: CippParameter = namedCollection('Permissions', 'permissions', 'Add Permission', [
	...QUARANTINE_SWITCHES.map(([displayName, name, description]) => pascalFlag(displayName, name, description)),
	choiceField(
		'Release',
		'releaseActionPreference',
		'Whether recipients may release messages themselves or only request their release',
		asLabelValue('ReleaseActionPreference'),
		'RequestRelease',
		choices({ Release: 'Release', 'Request Release': 'RequestRelease' }),
	),
]);

/** The booleans CIPP passes to [bool] parameters: a missing one would fail the whole call. */
export const QUARANTINE_BOOLEANS = QUARANTINE_SWITCHES.map(([, name]) => pascalCase(name));

/** The name of a Tenant Allow/Block List template. */
export const templateNameParameter = requiredLine('Template Name', 'templateName', 'The name the template is listed by', 'templateName', {
	placeholder: 'e.g. Known phishing senders',
});

/** CIPP's Safe Links policy templates (its own Config files listed by file name): listed and removed like the others. */
export const safeLinksTemplates: TemplateKind = {
	...kind(
		'SafeLinks',
		'Safe Links',
		'Safe Links policy',
		['ListSafeLinksPolicyTemplates', 'AddSafeLinksPolicyTemplate', 'RemoveSafeLinksPolicyTemplate'],
		['Exchange.SafeLinks.Read', 'Exchange.SafeLinks.ReadWrite'],
		'searchSafeLinksTemplates',
		'',
	),
	typed: 'text',
};

/** A Safe Links policy of the chosen tenant (PolicyName in Security → Get Many Safe Links Policies). */
export const safeLinksPolicyParameter = namedRecordParameter('Safe Links Policy', 'safeLinksPolicy', 'searchSafeLinksPolicies', {
	name: 'PolicyName',
	in: 'body',
});

/** The name of a new Safe Links policy. */
export const safeLinksPolicyNameParameter = requiredLine('Policy Name', 'policyName', 'The name of the policy', 'PolicyName', {
	placeholder: 'e.g. Safe Links for all users',
});

/** The Safe Links rule that applies a policy; Create names a new one. */
export const safeLinksRuleParameter = requiredLine(
	'Rule Name',
	'ruleName',
	'The rule that applies the policy (RuleName in Get Many Safe Links Policies)',
	'RuleName',
	{ placeholder: 'e.g. Safe Links for all users' },
);

/** Safe Links switches, by [display name, field name, help]: each sent under the field name capitalised. */
const SAFE_LINKS_SWITCHES = [
	['Allow Click Through', 'allowClickThrough', 'Whether users may click through to the original URL'],
	['Deliver After Scan', 'deliverMessageAfterScan', 'Whether mail is delivered only after its URLs are scanned'],
	['Disable URL Rewrite', 'disableUrlRewrite', 'Whether URLs in mail are left unwrapped'],
	['Enable For Internal Senders', 'enableForInternalSenders', 'Whether mail between internal senders is protected'],
	['Enable For Email', 'enableSafeLinksForEmail', 'Whether Safe Links protects mail'],
	['Enable For Office', 'enableSafeLinksForOffice', 'Whether Safe Links protects Office apps'],
	['Enable For Teams', 'enableSafeLinksForTeams', 'Whether Safe Links protects Teams'],
	['Organization Branding', 'enableOrganizationBranding', "Whether the warning page shows the organization's logo"],
	['Rule Enabled', 'state', 'Whether the rule is turned on (true) or off (false)'],
	['Scan URLs', 'scanUrls', 'Whether URLs are scanned in real time'],
	['Track Clicks', 'trackClicks', 'Whether clicks are recorded'],
];

/** Addresses, domains or URLs, sent as `{value}` lists (CIPP's ConvertTo-FieldArray reads .value). */
const SAFE_LINKS_LISTS = [
	['Do Not Rewrite URLs', 'doNotRewriteUrls', 'URLs never wrapped'],
	['Except If Recipient Domain Is', 'exceptIfRecipientDomainIs', 'Recipient domains excluded'],
	['Except If Sent To', 'exceptIfSentTo', 'Recipients excluded'],
	['Except If Sent To Member Of', 'exceptIfSentToMemberOf', 'Groups whose members are excluded'],
	['Recipient Domain Is', 'recipientDomainIs', 'Recipient domains the rule applies to'],
	['Sent To', 'sentTo', 'Recipients the rule applies to'],
	['Sent To Member Of', 'sentToMemberOf', 'Groups whose members the rule applies to'],
];

const SAFE_LINKS_TEXTS = [
	['Comments', 'comments', "The rule's comments"],
	['Custom Notification Text', 'customNotificationText', 'The text shown on the warning page'],
	['Description', 'adminDisplayName', "The policy's description"],
];

/** The policy and rule settings CIPP sends only when given: shared by Create and Update (nothing missing is cleared). */
export const safeLinksSettings: CippParameter = additionalFields([
	...SAFE_LINKS_SWITCHES.map(([displayName, name, description]) => pascalFlag(displayName, name, description)),
	...SAFE_LINKS_LISTS.map(([displayName, name, description]) =>
		text(
			displayName,
			name,
			`${description}, separated by commas`,
			{ name: pascalCase(name), in: 'body', encoding: 'labelValueList' },
			{ check: validate.longText },
		),
	),
	...SAFE_LINKS_TEXTS.map(([displayName, name, description]) => text(displayName, name, description, pascalCase(name))),
	numberField(
		{
			displayName: 'Priority',
			name: 'priority',
			default: 0,
			typeOptions: { minValue: 0 },
			description: "The rule's priority (0 is first)",
		},
		{ name: 'Priority', in: 'body' },
	),
]);

/** What a Safe Links template holds: its name and description, the policy and rule names, and the settings. */
export const safeLinksTemplateFields: CippParameter[] = [
	requiredText(
		{ displayName: 'Template Name', name: 'templateName', placeholder: 'e.g. Strict Safe Links' },
		{ name: 'TemplateName', in: 'body' },
	),
	{
		property: { displayName: 'Template Description', name: 'templateDescription', type: 'string', default: '' },
		send: { name: 'TemplateDescription', in: 'body' },
		validate: (value, check) => (value === '' ? undefined : validate.text(value, check)),
	},
	safeLinksPolicyNameParameter,
	safeLinksRuleParameter,
	safeLinksSettings,
];
