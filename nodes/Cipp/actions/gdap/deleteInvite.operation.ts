import { writes } from '../common/endpoints';
import { recordParameter } from '../common/pickers';
import { messageResult } from '../shared/gdap';
import type { CippOperation } from '../types';

export const deleteInvite: CippOperation = {
	resource: 'gdap',
	value: 'deleteInvite',
	name: 'Delete Invite',
	action: 'Delete a GDAP invite from CIPP',
	description:
		"Remove a GDAP invite from CIPP's invite list. The relationship itself is not changed: an invite not yet approved stays valid in Microsoft's partner center until it expires.",
	...writes('ExecGDAPInvite', 'Tenant.Relationship.ReadWrite'),
	parameters: [
		recordParameter(
			{
				displayName: 'Invite ID',
				name: 'inviteId',
				description: "The invite's relationship ID (RowKey from GDAP → Get Many Invites)",
				searchListMethod: 'gdapSearchInvites',
				placeholder: 'Select an invite...',
				typed: 'text',
			},
			{ name: 'InviteId', in: 'body' },
		),
	],
	constants: { body: { Action: 'Delete' } },
	output: messageResult,
};
