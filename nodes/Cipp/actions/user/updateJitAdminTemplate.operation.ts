import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { actionResult, parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import { JIT_ADMIN_TEMPLATES, JIT_TEMPLATE_KEYS, jitTemplateFields, templateIdParameter, withJitRoleSwitch } from '../shared/user';
import type { CippOperation, CippRequest } from '../types';

/** Edit: CIPP replaces the whole template (missing booleans false, missing fields gone), so the stored one is read first and kept where not given. */
export const updateJitAdminTemplate: CippOperation = {
	resource: 'user',
	value: 'updateJitAdminTemplate',
	name: 'Update JIT Admin Template',
	action: 'Update a JIT admin template',
	description: 'Change fields of a JIT admin template; the fields not given keep their stored values',
	...writes('EditJITAdminTemplate', JIT_ADMIN_TEMPLATES.remove.role),
	parameters: [
		{ ...templateIdParameter(JIT_ADMIN_TEMPLATES), send: { name: 'GUID', in: 'body' } },
		additionalFields([
			...jitTemplateFields,
			text('Template Name', 'templateName', 'A new name', 'templateName'),
			text('Template Tenant', 'templateTenant', 'Move the template to this tenant, or AllTenants', 'tenantFilter', {
				placeholder: 'e.g. contoso.onmicrosoft.com',
				check: validate.storedTenant,
			}),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		const request: CippRequest = { method: 'GET', endpoint: JIT_ADMIN_TEMPLATES.list.endpoint, qs: { GUID: body.GUID } };
		const wanted = String(body.GUID).toLowerCase();
		const [stored] = parsedRecords(await context.call(request, JIT_ADMIN_TEMPLATES.list.role)).filter(
			(row) => String(row.GUID).toLowerCase() === wanted,
		);
		if (!stored) context.fail(`JIT admin template ${String(body.GUID)} was not found.`);
		const kept = Object.fromEntries(
			JIT_TEMPLATE_KEYS.filter((key) => stored[key] !== undefined && stored[key] !== null).map((key) => [key, stored[key]]),
		);
		// CIPP reads defaultUsageLocation as .value ?? itself (:116) and stores the bare value.
		if (typeof kept.defaultUsageLocation === 'string')
			kept.defaultUsageLocation = { value: kept.defaultUsageLocation, label: kept.defaultUsageLocation };
		const given = withJitRoleSwitch(context.request).body as IDataObject;
		const merged: CippRequest = { ...context.request, body: { ...kept, ...given } };
		return updateJitAdminTemplate.output(await context.call(merged, updateJitAdminTemplate.role), { ...context, request: merged });
	},
};
