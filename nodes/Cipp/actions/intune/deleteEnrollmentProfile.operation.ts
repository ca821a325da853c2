import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, requiredLine, shownWhen, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteEnrollmentProfile: CippOperation = {
	resource: 'intune',
	value: 'deleteEnrollmentProfile',
	name: 'Delete Enrollment Profile',
	action: 'Delete an Apple or Android enrollment profile',
	description: 'Delete an Apple ADE or Android Enterprise enrollment profile from a customer tenant',
	...writes('ExecRemoveEnrollmentProfile', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		choiceField(
			'Profile Type',
			'profileType',
			'Which kind of enrollment profile',
			'profileType',
			'apple',
			choices({ 'Android Enterprise': 'android', 'Apple ADE': 'apple' }),
		),
		requiredLine('Profile ID', 'profileId', 'The id from Get Many Apple (or Android) Enrollment Profiles', 'profileId', {
			placeholder: 'e.g. 8f2c6a1e-3b7d-4e59-a0c4-6d1f2e3a4b5c',
		}),
		shownWhen(
			{ profileType: ['apple'] },
			requiredLine('Token ID', 'tokenId', "The profile's tokenId from Get Many Apple Enrollment Profiles", 'tokenId', {
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
			}),
		),
		additionalFields([text('Display Name', 'displayName', "The profile's name, used only in CIPP's message and log", 'displayName')]),
	],
	output: actionResult(),
};
