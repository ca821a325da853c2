import { reads } from '../common/endpoints';
import { groupParameter, tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { groupTypeField } from '../shared/group';
import type { CippOperation } from '../types';

export const getDeliveryManagement: CippOperation = {
	resource: 'group',
	value: 'getDeliveryManagement',
	name: 'Get Delivery Management',
	action: 'Get whether a group accepts external senders',
	description:
		'Get whether a distribution list or Microsoft 365 group accepts email from outside the organisation (allowedToReceiveExternal). Other group types, and groups Exchange cannot find, come back as false.',
	...reads('ListGroupSenderAuthentication', 'Exchange.Groups.Read'),
	parameters: [
		tenantParameter('query'),
		groupParameter({ name: 'groupid', in: 'query' }),
		{
			property: groupTypeField([
				{ name: 'Distribution List', value: 'Distribution List' },
				{ name: 'Microsoft 365', value: 'Microsoft 365' },
			]),
			send: { name: 'Type', in: 'query' },
		},
	],
	output: records,
};
