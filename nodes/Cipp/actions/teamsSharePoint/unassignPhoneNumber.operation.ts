import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { phoneNumberParameter, phoneNumberTypeParameter } from '../shared/teamsSharePoint';
import type { CippOperation } from '../types';

export const unassignPhoneNumber: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'unassignPhoneNumber',
	name: 'Unassign Phone Number',
	action: 'Remove a Teams phone number from its user',
	description:
		'Remove a Teams Phone number from the user or resource account it is assigned to. Microsoft applies it asynchronously; check with Get Many Phone Numbers.',
	...writes('ExecRemoveTeamsVoicePhoneNumberAssignment', 'Teams.Voice.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		phoneNumberParameter,
		phoneNumberTypeParameter,
		requiredLine(
			'Assigned To',
			'assignedTo',
			"Who has the number now, for the message and CIPP's log (Microsoft unassigns by number)",
			'AssignedTo',
			{ placeholder: 'e.g. jane.doe@contoso.com' },
		),
	],
	output: actionResult(),
};
