import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyRoleTemplates: CippOperation = {
	resource: 'gdap',
	value: 'getManyRoleTemplates',
	name: 'Get Many Role Templates',
	action: 'Get many GDAP role templates',
	description: "List CIPP's GDAP role templates, one item per template with its TemplateId and RoleMappings",
	endpoint: 'ExecGDAPRoleTemplate',
	method: 'POST',
	access: 'read',
	role: 'Tenant.Relationship.ReadWrite',
	list: true,
	parameters: [],
	output: resultRecords,
};
