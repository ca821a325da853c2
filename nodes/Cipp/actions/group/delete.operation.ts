import { writes } from '../common/endpoints';
import { groupParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { groupTypeField } from '../shared/group';
import type { CippOperation } from '../types';

export const deleteGroup: CippOperation = {
	resource: 'group',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a group',
	description:
		'Delete a group: distribution lists and mail-enabled security groups through Exchange, Microsoft 365 and security groups through Microsoft Graph (group licences are removed first)',
	...writes('ExecGroupsDelete', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		groupParameter({ name: 'id', in: 'body' }),
		{ property: groupTypeField(), send: { name: 'GroupType', in: 'body' } },
		{
			property: {
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Sales Team',
				description: "The group's name, for CIPP's message and logbook",
			},
			send: { name: 'displayName', in: 'body' },
			optional: true,
			validate: validate.text,
		},
	],
	output: actionResult(),
};
