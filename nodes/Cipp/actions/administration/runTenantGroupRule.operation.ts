import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { requireTenantGroup, tenantGroupParameter } from '../shared/scheduler';
import type { CippOperation } from '../types';

export const runTenantGroupRule: CippOperation = {
	resource: 'administration',
	value: 'runTenantGroupRule',
	name: 'Run Tenant Group Rules',
	action: "Update a dynamic tenant group's members now",
	description: "Apply a dynamic tenant group's rules now instead of at CIPP's next scheduled run; the members change in the background",
	...writes('ExecRunTenantGroupRule', 'Tenant.Groups.ReadWrite'),
	parameters: [tenantGroupParameter({ name: 'groupId', in: 'body' }, 'The dynamic tenant group')],
	output: actionResult({ queued: { followUp: 'Check the members with Get Many Tenant Groups, or Get Many Logs' } }),
	// CIPP starts the rules (and says so) even for a group it does not have: the group is read first.
	run: async (context) => {
		await requireTenantGroup(context, String(context.values.tenantGroupId), 'no rules were run');
		return runTenantGroupRule.output(await context.call(context.request, runTenantGroupRule.role), context);
	},
};
