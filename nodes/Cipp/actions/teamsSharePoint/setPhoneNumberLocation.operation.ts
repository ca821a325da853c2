import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { phoneNumberParameter } from '../shared/teamsSharePoint';
import type { CippOperation } from '../types';

export const setPhoneNumberLocation: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'setPhoneNumberLocation',
	name: 'Set Phone Number Location',
	action: 'Set the emergency location of a Teams phone number',
	description: 'Set the emergency location of a Teams Phone number, leaving its assignment as it is',
	...writes('ExecTeamsVoicePhoneNumberAssignment', 'Teams.Voice.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		phoneNumberParameter,
		requiredLine(
			'Location ID',
			'locationId',
			'The emergency location, by its ID (the LocationId field of Get Many Phone Numbers)',
			{ name: 'input', in: 'body', encoding: 'labelValue' },
			{ placeholder: 'e.g. 8f2d3c1b-7a6e-4d5c-9b8a-1e2f3a4b5c6d', check: validate.guid },
		),
	],
	constants: { body: { locationOnly: true } },
	output: actionResult(),
};
