import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'group',
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many groups',
	description:
		"List a tenant's groups (security, Microsoft 365, distribution lists, mail-enabled security), one item per group with its groupType, mail and whether it is a team. AllTenants reads CIPP's report cache.",
	...reads('ListGroups', 'Identity.Group.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			flag('Expand Members', 'expandMembers', "Whether to add each group's members' UPNs (membersCsv)", inQuery('expandMembers'), true),
			flag(
				'Expand Owners',
				'expandOwners',
				"Whether to add each group's owners' UPNs (ownersCsv); ignored when members are expanded",
				inQuery('expandOwners'),
				true,
			),
			flag(
				'Use Report Database',
				'useReportDB',
				"Whether to read CIPP's cached report instead of Microsoft Graph: much faster, but as old as the last refresh",
				inQuery('UseReportDB'),
				true,
			),
		]),
	],
	output: records,
};
