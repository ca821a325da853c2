import { stableGuid } from '../sandbox/directory';
import type { OperationExample } from '../support/catalogue';
import { locator } from '../support/workflows';

/** The example of Standard → Update Group Template, run by standard.test.ts's catalogue. */
export const salesDynamic = stableGuid('groupTemplate/sales-dynamic');
export const legacyCa = stableGuid('caTemplate/legacy');

/** The whole stored template, sent back with the two changes (null fields are left out). */
const editedBody = {
	GUID: salesDynamic,
	displayName: 'Sales (dynamic)',
	description: 'Everyone in Sales, all regions',
	groupType: 'dynamic',
	membershipRules: '(user.department -eq "Sales EMEA")',
	username: 'sales-dynamic',
};

export const templateEditExamples: Record<string, OperationExample> = {
	updateGroupTemplate: {
		parameters: {
			templateId: locator('id', salesDynamic.toUpperCase()),
			additionalFields: { description: 'Everyone in Sales, all regions', membershipRules: '(user.department -eq "Sales EMEA")' },
		},
		calls: ['ListGroupTemplates', 'ExecEditTemplate'],
		request: { method: 'POST', endpoint: 'ExecEditTemplate', query: { Type: 'GroupTemplate' }, body: editedBody },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully saved the template' }),
	},
	updateCaTemplate: {
		parameters: { templateId: locator('id', legacyCa), additionalFields: { displayName: 'Block legacy auth (pilot)', state: 'disabled' } },
		calls: ['ListCAtemplates', 'ExecEditTemplate'],
		request: {
			method: 'POST',
			endpoint: 'ExecEditTemplate',
			query: { Type: 'CATemplate' },
			body: expect.objectContaining({
				GUID: legacyCa,
				displayName: 'Block legacy auth (pilot)',
				state: 'disabled',
				grantControls: { operator: 'OR', builtInControls: ['block'] },
				conditions: expect.objectContaining({ clientAppTypes: ['all'] }),
			}),
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully saved the template' }),
	},
};
