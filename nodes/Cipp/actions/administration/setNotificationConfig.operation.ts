import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, pascalFlag, text } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const SEVERITIES = ['Alert', 'Critical', 'Error', 'Info', 'Warning'];

const asLabelValues = (value: unknown) => validate.listOf(value).map((entry) => ({ value: entry, label: entry }));

/** ListNotificationConfig's answer in the shape ExecNotificationConfig reads. */
function storedAsRequest(stored: IDataObject): IDataObject {
	const logs = validate.listOf(stored.logsToInclude).filter((name) => name !== 'None');
	return {
		email: stored.email ?? '',
		webhook: stored.webhook ?? '',
		webhookAuthType: { value: stored.webhookAuthType ?? '', label: stored.webhookAuthType ?? '' },
		webhookAuthUsername: stored.webhookAuthUsername ?? '',
		webhookAuthHeaderName: stored.webhookAuthHeaderName ?? '',
		Severity: asLabelValues(stored.Severity),
		logsToInclude: asLabelValues(logs),
		onePerTenant: stored.onePerTenant === true,
		sendtoIntegration: stored.sendtoIntegration === true,
		UseStandardizedSchema: stored.UseStandardizedSchema === true,
	};
}

export const setNotificationConfig: CippOperation = {
	resource: 'administration',
	value: 'setNotificationConfig',
	name: 'Set Notification Config',
	action: "Set CIPP's notification settings",
	description:
		'Change where CIPP sends alerts and task results (e.g. point its webhook at an n8n Webhook node); settings not given keep their stored values (CIPP replaces the whole configuration, so the node reads it first). Secrets go to Key Vault.',
	...writes('ExecNotificationConfig', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		additionalFields([
			// Settings CIPP stores as text under the field's own name, long ones too: label, name, description, placeholder.
			...[
				['Email', 'email', 'Addresses alerts are mailed to, separated by commas', 'e.g. soc@northstarit.com'],
				['Webhook URL', 'webhook', 'The URL CIPP posts alerts and task results to', 'e.g. https://n8n.northstarit.com/webhook/cipp'],
				['Bearer Token', 'webhookAuthToken', 'The token (Bearer)'],
				['Username', 'webhookAuthUsername', 'The user name (Basic)'],
				['Password', 'webhookAuthPassword', 'The password (Basic)'],
				['Header Name', 'webhookAuthHeaderName', 'The header name (API Key Header)', 'e.g. X-API-Key'],
				['Header Value', 'webhookAuthHeaderValue', 'The header value (API Key Header)'],
				['Custom Headers', 'webhookAuthHeaders', 'Headers as JSON, e.g. {"X-Token": "..."} (Custom Headers)'],
			].map(([displayName, name, description, placeholder]) =>
				text(displayName, name, description, name, { placeholder, check: validate.longText }),
			),
			choiceField(
				'Webhook Authentication',
				'webhookAuthType',
				'How CIPP authenticates to the webhook',
				{ name: 'webhookAuthType', in: 'body', encoding: 'labelValue' },
				'None',
				choices({ None: 'None', 'API Key Header': 'ApiKey', Basic: 'Basic', 'Bearer Token': 'Bearer', 'Custom Headers': 'CustomHeaders' }),
			),
			{
				property: {
					displayName: 'Severities',
					name: 'Severity',
					type: 'multiOptions',
					default: ['Alert'],
					options: SEVERITIES.map((name) => ({ name, value: name })),
					description: 'Logbook entries of these severities are sent',
				},
				// CIPP's OpenAPI types Severity and logsToInclude loosely: both are CIPP's [{value, label}] lists.
				send: { name: 'Severity', in: 'body', encoding: 'json', validate: (value) => asLabelValues(value) },
			},
			{
				property: {
					displayName: 'Log Types',
					name: 'logsToInclude',
					type: 'string',
					default: '',
					placeholder: 'e.g. Standards, Updates',
					description: 'The logbook APIs whose entries are sent, separated by commas (replaces the stored list)',
				},
				send: { name: 'logsToInclude', in: 'body', encoding: 'json', validate: (value) => asLabelValues(value) },
			},
			flag('One per Tenant', 'onePerTenant', 'Whether CIPP sends one message per tenant instead of one for all', 'onePerTenant'),
			flag('Send to PSA', 'sendtoIntegration', 'Whether alerts also become PSA tickets', 'sendtoIntegration'),
			pascalFlag('Standardized Schema', 'UseStandardizedSchema', "Whether the webhook gets CIPP's standardized JSON schema"),
		]),
	],
	output: actionResult(),
	// Set-CIPPNotificationConfig writes every column from the request: each one left out would be
	// cleared. The stored settings are read and the given ones laid over them (secrets left empty
	// keep their Key Vault copy).
	run: async (context) => {
		const given = (context.request.body ?? {}) as IDataObject;
		const stored = await context.call({ method: 'GET', endpoint: 'ListNotificationConfig', qs: {} }, 'CIPP.AppSettings.Read');
		const body = { ...storedAsRequest(isRecord(stored) ? stored : {}), ...given };
		return setNotificationConfig.output(await context.call({ ...context.request, body }, setNotificationConfig.role), context);
	},
};
