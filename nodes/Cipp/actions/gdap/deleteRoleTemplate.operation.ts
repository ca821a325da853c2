import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { roleTemplateParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const deleteRoleTemplate: CippOperation = {
	resource: 'gdap',
	value: 'deleteRoleTemplate',
	name: 'Delete Role Template',
	action: 'Delete a GDAP role template',
	description: 'Delete a GDAP role template from CIPP; relationships and access assignments made with it are not changed',
	...writes('ExecGDAPRoleTemplate', 'Tenant.Relationship.ReadWrite'),
	parameters: [roleTemplateParameter],
	constants: { query: { Action: 'Delete' } },
	output: actionResult(),
};
