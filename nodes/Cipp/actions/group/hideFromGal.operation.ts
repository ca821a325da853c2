import { writes } from '../common/endpoints';
import { flag } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { GROUP_SETTING_REFUSED, MAIL_GROUP_TYPES, groupTypeField } from '../shared/group';
import type { CippOperation } from '../types';

export const hideFromGal: CippOperation = {
	resource: 'group',
	value: 'hideFromGal',
	name: 'Hide From GAL',
	action: 'Hide a group from the global address list',
	description:
		'Hide a distribution list, mail-enabled security group or Microsoft 365 group from the global address list, or show it again',
	...writes('ExecGroupsHideFromGAL', 'Exchange.Group.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		groupParameter({ name: 'ID', in: 'body' }),
		{ property: groupTypeField(MAIL_GROUP_TYPES), send: { name: 'GroupType', in: 'body' } },
		flag('Hidden', 'hideFromGAL', 'Whether the group is hidden from the address list (false shows it again)', 'HideFromGAL', true),
	],
	refusals: [GROUP_SETTING_REFUSED],
	output: actionResult(),
};
