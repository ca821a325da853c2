import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { tenantGroupParameter } from '../shared/scheduler';
import type { CippOperation } from '../types';

export const deleteTenantGroup: CippOperation = {
	resource: 'administration',
	value: 'deleteTenantGroup',
	name: 'Delete Tenant Group',
	action: 'Delete a CIPP tenant group',
	description: "Delete a tenant group (its member list stays in CIPP's table; tasks and standards that target the group no longer find it)",
	...writes('ExecTenantGroup', 'Tenant.Groups.ReadWrite'),
	parameters: [tenantGroupParameter({ name: 'groupId', in: 'body' })],
	constants: { body: { Action: 'Delete' } },
	// Invoke-ExecTenantGroup: HTTP 200 without state for an unknown group.
	refusals: [/^Group '.*' not found$/],
	output: actionResult(),
};
