import { reads } from '../common/endpoints';
import { additionalFields, choiceField, flag, inQuery } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { isRecord, singleRecord } from '../common/readers';
import { GROUP_TYPES } from '../shared/group';
import type { CippOperation } from '../types';

const output = singleRecord(({ values }) => `Group ${String(values.groupId)} in ${String(values.tenantFilter)}`);

export const get: CippOperation = {
	resource: 'group',
	value: 'get',
	name: 'Get',
	action: 'Get a group',
	description:
		'Get one group with its details (groupInfo), and optionally its members and owners, whether it accepts external senders (allowExternal) and, for Microsoft 365 groups, its Outlook settings',
	...reads('ListGroups', 'Identity.Group.Read'),
	parameters: [
		tenantParameter('query'),
		groupParameter({ name: 'groupID', in: 'query' }),
		flag('Include Members', 'members', 'Whether to return the members', inQuery('members'), true),
		flag('Include Owners', 'owners', 'Whether to return the owners', inQuery('owners'), true),
		additionalFields([
			choiceField(
				'Group Type',
				'groupType',
				'The type of the group (groupType from Get Many): CIPP needs it for the owners of distribution lists and mail-enabled security groups and for the Exchange settings. Left out, the node reads the group once to learn it, and asks again with it for mail groups.',
				inQuery('groupType'),
				'Microsoft 365',
				GROUP_TYPES,
			),
		]),
	],
	output,
	// Without groupType CIPP reads no Exchange settings: allowExternal comes back true for every group
	// (!$null), sendCopies and hideFromOutlookClients null, and owners of Exchange groups are missing.
	// The group's type is in the first answer, so a mail group is read again with it.
	run: async (context) => {
		const first = output(await context.call(context.request, get.role), context);
		const info = first[0].groupInfo;
		const groupType = isRecord(info) ? info.groupType : undefined;
		if ('groupType' in context.request.qs || typeof groupType !== 'string' || groupType === 'Security') return first;
		return output(await context.call({ ...context.request, qs: { ...context.request.qs, groupType } }, get.role), context);
	},
};
