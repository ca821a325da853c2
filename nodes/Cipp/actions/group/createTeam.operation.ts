import { writes } from '../common/endpoints';
import { groupParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const createTeam: CippOperation = {
	resource: 'group',
	value: 'createTeam',
	name: 'Create Team',
	action: 'Create a team from a group',
	description:
		'Turn an existing Microsoft 365 group into a Microsoft Teams team. A group created in the last 15 minutes may not have replicated yet; retry later if CIPP says so.',
	...writes('AddGroupTeam', 'Identity.Group.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		groupParameter({ name: 'GroupId', in: 'body' }, { description: 'The Microsoft 365 group, by object ID' }),
		{
			property: {
				displayName: 'Team Settings',
				name: 'teamSettings',
				type: 'json',
				default: '',
				placeholder: '{"memberSettings": {"allowCreatePrivateChannels": true}, "funSettings": {"allowGiphy": false}}',
				description:
					"Microsoft Graph team settings (memberSettings, guestSettings, messagingSettings, funSettings); leave empty for CIPP's defaults",
			},
			send: { name: 'TeamSettings', in: 'body', encoding: 'json' },
			optional: true,
		},
	],
	output: actionResult(),
};
