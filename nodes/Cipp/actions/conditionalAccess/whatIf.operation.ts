import { additionalFields, choiceField, guidText, text, textField } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { isRecord, resultRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext } from '../types';

/** A choice of Graph's values, each `[label, value]`. */
const choices = (values: string[][]) => values.map(([label, value]) => ({ name: label, value }));

/** CIPP hands back Graph's answer as is: the policies are its `value` list. */
function policies(response: unknown, context: OutputContext) {
	const results = isRecord(response) ? response.Results : undefined;
	return resultRecords({ Results: isRecord(results) && Array.isArray(results.value) ? results.value : results }, context);
}

const risk = choices([
	['High', 'high'],
	['Low', 'low'],
	['Medium', 'medium'],
	['None', 'none'],
]);

export const whatIf: CippOperation = {
	resource: 'conditionalAccess',
	value: 'whatIf',
	name: 'What If',
	action: 'Evaluate which conditional access policies apply to a sign-in',
	description:
		'Ask Entra which Conditional Access policies would apply to a sign-in of a user with the given conditions, one item per policy with whether it applies and why; nothing signs in and nothing changes',
	endpoint: 'ExecCaCheck',
	method: 'POST',
	access: 'read',
	role: 'Tenant.ConditionalAccess.Read',
	list: true,
	parameters: [
		tenantParameter('body'),
		{
			...userParameter({ name: 'userID', in: 'body', encoding: 'labelValue' }, { description: 'The user, by object ID' }),
			validate: validate.guid,
		},
		additionalFields([
			guidText(
				'Application ID',
				'applicationId',
				'The application (app ID) signed in to; default Office 365',
				{ name: 'IncludeApplications', in: 'body', encoding: 'labelValue' },
				'e.g. 00000002-0000-0ff1-ce00-000000000000',
			),
			choiceField(
				'Client App',
				'clientAppType',
				'',
				{ name: 'ClientAppType', in: 'body', encoding: 'labelValue' },
				'browser',
				choices([
					['Browser', 'browser'],
					['Exchange ActiveSync', 'exchangeActiveSync'],
					['Mobile Apps and Desktop Clients', 'mobileAppsAndDesktopClients'],
					['Other Clients', 'other'],
				]),
			),
			text(
				'Country',
				'country',
				'Two-letter country code of the sign-in',
				{ name: 'Country', in: 'body', encoding: 'labelValue' },
				{ placeholder: 'e.g. US', check: validate.matching(/^[A-Za-z]{2}$/, 'US') },
			),
			choiceField(
				'Device Platform',
				'devicePlatform',
				'',
				{ name: 'DevicePlatform', in: 'body', encoding: 'labelValue' },
				'windows',
				choices([
					['Android', 'android'],
					['iOS', 'iOS'],
					['Linux', 'linux'],
					['macOS', 'macOS'],
					['Windows', 'windows'],
				]),
			),
			textField({ displayName: 'IP Address', name: 'ipAddress', placeholder: 'e.g. 203.0.113.7' }, { name: 'IpAddress', in: 'body' }),
			choiceField('Sign-In Risk', 'signInRiskLevel', '', { name: 'SignInRiskLevel', in: 'body', encoding: 'labelValue' }, 'none', risk),
			choiceField('User Risk', 'userRiskLevel', '', { name: 'UserRiskLevel', in: 'body', encoding: 'labelValue' }, 'none', risk),
		]),
	],
	output: policies,
};
