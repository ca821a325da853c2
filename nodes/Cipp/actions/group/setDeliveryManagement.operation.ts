import { writes } from '../common/endpoints';
import { flag } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { GROUP_SETTING_REFUSED, MAIL_GROUP_TYPES, groupTypeField } from '../shared/group';
import type { CippOperation } from '../types';

export const setDeliveryManagement: CippOperation = {
	resource: 'group',
	value: 'setDeliveryManagement',
	name: 'Set Delivery Management',
	action: 'Set whether a group accepts external senders',
	description:
		'Set whether a distribution list, mail-enabled security group or Microsoft 365 group accepts email only from inside the organisation, or from outside too',
	...writes('ExecGroupsDeliveryManagement', 'Exchange.Group.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		groupParameter({ name: 'ID', in: 'body' }),
		{ property: groupTypeField(MAIL_GROUP_TYPES), send: { name: 'GroupType', in: 'body' } },
		flag(
			'Only Allow Internal Senders',
			'onlyAllowInternal',
			'Whether only senders inside the organisation may email the group (false lets outside senders in too)',
			'OnlyAllowInternal',
			true,
		),
	],
	refusals: [GROUP_SETTING_REFUSED],
	output: actionResult(),
};
