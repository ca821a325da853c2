import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import {
	createdTemplate,
	JIT_ADMIN_TEMPLATES,
	jitTemplateFields,
	templateNameParameter,
	storedTemplateTenantParameter,
	withJitRoleSwitch,
} from '../shared/user';
import type { CippOperation } from '../types';

export const createJitAdminTemplate: CippOperation = {
	resource: 'user',
	value: 'createJitAdminTemplate',
	name: 'Create JIT Admin Template',
	action: 'Create a JIT admin template',
	description:
		'Save a JIT admin template (roles, duration, expiry action) for one tenant or every tenant; Default for Tenant takes the default from its other templates',
	...writes('AddJITAdminTemplate', JIT_ADMIN_TEMPLATES.remove.role),
	parameters: [storedTemplateTenantParameter, templateNameParameter, additionalFields(jitTemplateFields)],
	output: createdTemplate,
	run: async (context) => createdTemplate(await context.call(withJitRoleSwitch(context.request), createJitAdminTemplate.role), context),
};
