import { writes } from '../common/endpoints';
import { additionalFields, choices, excludedTenantsField, guidText, requiredText, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { labelValueList } from '../common/validators';
import type { CippOperation, Validator } from '../types';

/**
 * A tenant's default domain or AllTenants, as an audit-log alert's scope. CIPP stores the list as
 * given but matches rules and exclusions only on default domains (Start-AuditLogSearchCreationV2,
 * Test-CIPPAuditLogRules): a tenant ID would be saved, reported as added, and never match.
 */
const alertTenant = (entry: string, check: Parameters<Validator>[1]) =>
	String(validate.tenant({ allowAllTenants: true, defaultDomainOnly: true })(entry, { ...check, access: 'read' }));

const ACTIONS = choices({
	'Disable the User': 'disableuser',
	'Remediate Business Email Compromise': 'becremediate',
	'Send an Email': 'generatemail',
	'Send to the PSA': 'generatePSA',
	'Send to the Webhook': 'generateWebhook',
});

export const createAlert: CippOperation = {
	resource: 'tenant',
	value: 'createAlert',
	name: 'Create Alert',
	action: 'Create an audit log alert',
	description:
		'Create (or, with a Rule ID, replace) an audit-log alert rule for one or more tenants: when an audit record matches every condition, CIPP runs the chosen actions. Microsoft may take up to four hours to start delivering the records.',
	...writes('AddAlert', 'CIPP.Alert.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Tenants',
				name: 'tenants',
				placeholder: 'e.g. contoso.onmicrosoft.com, fabrikam.onmicrosoft.com or AllTenants',
				description:
					'The tenants the rule watches: default domains (e.g. contoso.onmicrosoft.com), separated by commas, or AllTenants. CIPP matches alert rules by default domain only, so a tenant ID is refused.',
			},
			{ name: 'tenantFilter', in: 'body', encoding: 'json', validate: labelValueList(alertTenant) },
		),
		{
			property: {
				displayName: 'Log Type',
				name: 'logbook',
				type: 'options',
				required: true,
				default: 'Audit.AzureActiveDirectory',
				options: choices({
					'Entra ID (Audit.AzureActiveDirectory)': 'Audit.AzureActiveDirectory',
					'Exchange (Audit.Exchange)': 'Audit.Exchange',
				}),
				description: 'Which audit log the rule reads',
			},
			send: { name: 'logbook', in: 'body', encoding: 'labelValue' },
		},
		{
			property: {
				displayName: 'Conditions',
				name: 'conditions',
				type: 'json',
				required: true,
				default:
					'[{"Property": {"value": "String", "label": "Operation"}, "Operator": {"value": "eq", "label": "Equals to"}, "Input": {"value": "New-InboxRule"}}]',
				description:
					"The conditions as CIPP's alert editor saves them: a JSON list of {Property: {value, label}, Operator: {value}, Input: {value}}. The label of Property is the audit field; operators: eq, ne, like, notlike, match, notmatch, gt, lt, ge, le, in, notin, contains, notcontains.",
			},
			send: { name: 'conditions', in: 'body', encoding: 'json' },
		},
		{
			property: {
				displayName: 'Actions',
				name: 'actions',
				type: 'multiOptions',
				required: true,
				default: ['generatemail'],
				options: ACTIONS,
				description: 'What CIPP does when a record matches',
			},
			send: { name: 'actions', in: 'body', encoding: 'json' },
			validate: (value, check) => {
				const chosen = Array.isArray(value) ? value.map(String) : [];
				if (chosen.length === 0) validate.text('', check);
				return chosen.map((action) => ({ value: action, label: ACTIONS.find((entry) => entry.value === action)?.name ?? action }));
			},
		},
		additionalFields([
			text('Comment', 'alertComment', 'A note CIPP adds to every alert this rule raises', 'AlertComment', { check: validate.longText }),
			text('Custom Subject', 'customSubject', "The subject of the alert email or ticket, instead of CIPP's own", 'CustomSubject', {
				placeholder: 'e.g. Suspicious inbox rule',
				check: validate.text,
			}),
			excludedTenantsField(
				'Tenants to leave out when Tenants is AllTenants: default domains, separated by commas (CIPP matches exclusions by default domain only, so a tenant ID is refused)',
				labelValueList(alertTenant),
			),
			guidText(
				'Rule ID',
				'rowKey',
				'The ID of an existing rule to replace (RowKey from Tenant → Get Many Alerts)',
				'RowKey',
				'e.g. 5d0f7c2a-9b8e-4f1d-a3c6-2e7b9d4f1a08',
			),
		]),
	],
	output: actionResult(),
};
