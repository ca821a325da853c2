import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { phoneNumberParameter, phoneNumberTypeParameter } from '../shared/teamsSharePoint';
import type { CippOperation } from '../types';

export const assignPhoneNumber: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'assignPhoneNumber',
	name: 'Assign Phone Number',
	action: 'Assign a Teams phone number to a user',
	description:
		'Assign a Teams Phone number to a user or resource account. Microsoft applies it asynchronously; check with Get Many Phone Numbers.',
	...writes('ExecTeamsVoicePhoneNumberAssignment', 'Teams.Voice.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		userParameter(
			{ name: 'input', in: 'body', encoding: 'labelValue' },
			{ name: 'userId', displayName: 'User', description: 'The user or resource account, by user principal name or object ID' },
		),
		phoneNumberParameter,
		phoneNumberTypeParameter,
		additionalFields([
			choiceField(
				'Assignment Category',
				'assignmentCategory',
				'',
				'AssignmentCategory',
				'primary',
				choices({ Alternate: 'alternate', Primary: 'primary', Private: 'private' }),
			),
		]),
	],
	output: actionResult(),
};
