import { writes } from '../common/endpoints';
import { actionResult, records } from '../common/readers';
import { roleMappingParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const deleteRoleMapping: CippOperation = {
	resource: 'gdap',
	value: 'deleteRoleMapping',
	name: 'Delete Role Mapping',
	action: 'Delete a GDAP role mapping',
	description: "Remove a group's GDAP role mapping from CIPP; the group, relationships and access assignments already made are not changed",
	...writes('ExecDeleteGDAPRoleMapping', 'Tenant.Relationship.ReadWrite'),
	parameters: [roleMappingParameter],
	output: actionResult(),
	run: async (context) => {
		// CIPP answers "Success" for a group it has no mapping for: the mapping is looked up first.
		const id = String(context.values.groupId).toLowerCase();
		const mappings = records(await context.call({ method: 'GET', endpoint: 'ListGDAPRoles', qs: {} }, 'Tenant.Relationship.Read'));
		if (!mappings.some((mapping) => String(mapping.GroupId).toLowerCase() === id)) {
			context.fail(`CIPP has no GDAP role mapping for group ${id}.`);
		}
		return deleteRoleMapping.output(await context.call(context.request, deleteRoleMapping.role), context);
	},
};
