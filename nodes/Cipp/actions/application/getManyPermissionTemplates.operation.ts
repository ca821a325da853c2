import { PERMISSION_TEMPLATES, permissionTemplates } from '../shared/application';
import type { CippOperation } from '../types';

export const getManyPermissionTemplates: CippOperation = {
	resource: 'application',
	value: 'getManyPermissionTemplates',
	name: 'Get Many Permission Templates',
	action: 'Get many app permission templates',
	description:
		"List CIPP's app permission sets, one item per set with its TemplateId, name and the application and delegated permissions per API",
	...PERMISSION_TEMPLATES,
	access: 'read',
	list: true,
	parameters: [],
	output: permissionTemplates,
};
