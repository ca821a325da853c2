import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { requiredChoice, requiredGuid } from '../common/fields';
import { actionResult } from '../common/readers';
import { GDAP_ROLES, roleOptions } from '../shared/gdap';
import type { CippOperation, CippParameter } from '../types';

const unsent = (parameter: CippParameter): CippParameter => ({ ...parameter, send: undefined });

export const addRoleMapping: CippOperation = {
	resource: 'gdap',
	value: 'addRoleMapping',
	name: 'Add Role Mapping',
	action: 'Map an existing group to a GDAP role',
	description:
		"Map an existing security group of your partner tenant to an Entra role in CIPP's GDAP role mappings (a group already mapped is re-mapped to this role)",
	...writes('ExecAddGDAPRole', 'Tenant.Relationship.ReadWrite'),
	// CIPP reads one `mappings` list of {GroupId, RoleName, roleDefinitionId}: run builds it from both fields.
	parameters: [
		unsent(requiredGuid('Group ID', 'groupId', 'The security group of your partner tenant, by object ID', 'GroupId')),
		unsent(requiredChoice('Role', 'role', '', 'roleDefinitionId', 'fe930be7-5e62-47db-91af-98c3a49a38b1', roleOptions)),
	],
	constants: { body: { Action: 'AddRoleAdvanced' } },
	// A group that is not a security group of the partner tenant is skipped without a word, and
	// with nothing else to do CIPP answers this (Invoke-ExecAddGDAPRole.ps1:46-51).
	refusals: [/^All role mappings already exist$/],
	output: actionResult(),
	run: async (context) => {
		const roleDefinitionId = String(context.values.role);
		const mappings = [{ GroupId: context.values.groupId, RoleName: GDAP_ROLES[roleDefinitionId], roleDefinitionId }];
		const request = { ...context.request, body: { ...(context.request.body as IDataObject), mappings } };
		return addRoleMapping.output(await context.call(request, addRoleMapping.role), context);
	},
};
