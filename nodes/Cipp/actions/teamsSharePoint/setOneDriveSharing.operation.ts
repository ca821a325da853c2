import { writes } from '../common/endpoints';
import { choices, requiredChoice } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setOneDriveSharing: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'setOneDriveSharing',
	name: 'Set OneDrive Sharing',
	action: "Set the external sharing of a user's OneDrive",
	description:
		"Set how a user's OneDrive may be shared outside the organisation; it cannot be wider than the tenant's SharePoint sharing setting",
	...writes('ExecSetOneDriveSharing', 'Teams.SharePoint.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter(
			{ name: 'UPN', in: 'body', encoding: 'graphId' },
			{ description: 'The OneDrive owner, by user principal name or object ID' },
		),
		requiredChoice(
			'Sharing',
			'sharingCapability',
			'',
			{ name: 'SharingCapability', in: 'body', encoding: 'labelValue' },
			'ExistingExternalUserSharingOnly',
			choices({
				'Anyone (Links Included)': 'ExternalUserAndGuestSharing',
				'Existing Guests Only': 'ExistingExternalUserSharingOnly',
				'New and Existing Guests': 'ExternalUserSharingOnly',
				'Only People in the Organisation': 'Disabled',
			}),
		),
	],
	output: actionResult(),
};
