import { additionalFields } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import { GROUP_TYPES } from '../shared/group';
import type { CippOperation } from '../types';

export const get: CippOperation = {
	resource: 'group',
	value: 'get',
	name: 'Get',
	action: 'Get a group',
	description:
		'Get one group with its details (groupInfo), and optionally its members and owners, whether it accepts external senders (allowExternal) and, for Microsoft 365 groups, its Outlook settings',
	endpoint: 'ListGroups',
	method: 'GET',
	access: 'read',
	role: 'Identity.Group.Read',
	parameters: [
		tenantParameter('query'),
		groupParameter({ name: 'groupID', in: 'query' }),
		{
			property: { displayName: 'Include Members', name: 'members', type: 'boolean', default: true, description: 'Whether to return the members' },
			send: { name: 'members', in: 'query', encoding: 'boolean' },
		},
		{
			property: { displayName: 'Include Owners', name: 'owners', type: 'boolean', default: true, description: 'Whether to return the owners' },
			send: { name: 'owners', in: 'query', encoding: 'boolean' },
		},
		additionalFields([
			{
				property: {
					displayName: 'Group Type',
					name: 'groupType',
					type: 'options',
					default: 'Microsoft 365',
					options: GROUP_TYPES,
					description:
						'The type of the group (groupType from Get Many): needed for the owners of distribution lists and mail-enabled security groups, and for the Exchange settings',
				},
				send: { name: 'groupType', in: 'query' },
			},
		]),
	],
	output: singleRecord(({ values }) => `Group ${String(values.groupId)} in ${String(values.tenantFilter)}`),
};
