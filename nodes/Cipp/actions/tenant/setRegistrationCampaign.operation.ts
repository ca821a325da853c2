import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, choiceField, choiceProperty, choices, flag, numberField, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const tenant = tenantParameter('body');

/** Object IDs separated by commas, sent as a list (CIPP makes one target of each entry). */
const targets = (displayName: string, name: string, description: string) =>
	text(
		displayName,
		name,
		description,
		{ name, in: 'body', encoding: 'stringList' },
		{ placeholder: 'e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b', check: validate.guidList },
	);

export const setRegistrationCampaign: CippOperation = {
	resource: 'tenant',
	value: 'setRegistrationCampaign',
	name: 'Set Registration Campaign',
	action: "Set a tenant's MFA registration campaign",
	description:
		'Set the campaign that nudges users to register Microsoft Authenticator or a passkey at sign-in; what is not given keeps its current value. Include (or exclude) groups or users given replace all current include (or exclude) targets.',
	...writes('ExecRegistrationCampaign', 'Tenant.Administration.ReadWrite'),
	parameters: [
		{ ...tenant, send: asLabelValue('tenantFilter') },
		choiceField(
			'State',
			'state',
			'Whether the campaign runs; Microsoft Managed lets Microsoft decide',
			asLabelValue('state'),
			'enabled',
			choices({ Disabled: 'disabled', Enabled: 'enabled', 'Microsoft Managed': 'default' }),
		),
		additionalFields([
			{
				property: choiceProperty(
					'Authentication Method',
					'targetedAuthenticationMethod',
					'microsoftAuthenticator',
					choices({ 'Microsoft Authenticator': 'microsoftAuthenticator', 'Passkey (FIDO2)': 'fido2' }),
					'The method users are asked to register',
				),
				send: asLabelValue('targetedAuthenticationMethod'),
			},
			numberField(
				{
					displayName: 'Snooze Days',
					name: 'snoozeDurationInDays',
					default: 1,
					typeOptions: { minValue: 0, maxValue: 14 },
					description: 'How many days a user may postpone registering (0-14)',
				},
				{ name: 'snoozeDurationInDays', in: 'body' },
			),
			flag(
				'Enforce After Snoozes',
				'enforce',
				'Whether users must register once they have used up their snoozes',
				'enforceRegistrationAfterAllowedSnoozes',
			),
			flag(
				'Include All Users',
				'includeAllUsers',
				'Whether every user is targeted (then the include groups and users are ignored)',
				'includeAllUsers',
			),
			targets('Include Groups', 'includeGroups', 'Group object IDs to target, separated by commas'),
			targets('Include Users', 'includeUsers', 'User object IDs to target, separated by commas'),
			targets('Exclude Groups', 'excludeGroups', 'Group object IDs to leave out, separated by commas'),
			targets('Exclude Users', 'excludeUsers', 'User object IDs to leave out, separated by commas'),
		]),
	],
	output: actionResult(),
};
