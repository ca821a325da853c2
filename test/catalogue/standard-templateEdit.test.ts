// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import type { INodeParameters } from 'n8n-workflow';

import { stableGuid } from '../sandbox/directory';
import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { legacyCa, salesDynamic } from './standard-templateEdit.examples';

const allStaff = stableGuid('groupTemplate/all-staff');
const update = (templateId: string, additionalFields: INodeParameters): INodeParameters => ({
	templateId: locator('id', templateId),
	additionalFields,
});

describe('standard: Update Group Template reads the template first', () => {
	const currentSandbox = sandboxPerFile();

	test('a change shows in Group → Get Many Templates, and the fields not given keep their values', async () => {
		const sandbox = currentSandbox();
		await runOperation(sandbox, 'standard', 'updateGroupTemplate', update(allStaff, { displayName: 'All Staff (EU)', hideFromGAL: true }));
		const list = await runOperation(sandbox, 'group', 'getManyTemplates', { returnAll: true });
		const template = list.items.find((item) => item.json.GUID === allStaff)?.json;
		expect(template).toMatchObject({
			displayName: 'All Staff (EU)',
			description: 'Everyone in the company',
			groupType: 'm365',
			username: 'allstaff@%tenantfilter%',
			allowExternal: false,
			hideFromGAL: true,
		});
		expect(list.items).toHaveLength(2);
	});

	test('a Conditional Access template keeps its policy and shows the new name and state in Get Many Templates', async () => {
		const sandbox = currentSandbox();
		await runOperation(sandbox, 'standard', 'updateCaTemplate', update(legacyCa, { state: 'enabledForReportingButNotEnforced' }));
		const list = await runOperation(sandbox, 'conditionalAccess', 'getManyTemplates', { returnAll: true });
		expect(list.items.find((item) => item.json.GUID === legacyCa)?.json).toMatchObject({
			displayName: 'Block legacy authentication',
			state: 'enabledForReportingButNotEnforced',
			grantControls: { builtInControls: ['block'] },
		});
		expect(list.items).toHaveLength(2);
	});

	test('a GUID no group template has is refused before anything is saved (CIPP would save a new template)', async () => {
		const unknown = '0b6f8c2e-4a1d-4e7b-9c3f-5d2a8e1b7f40';
		const run = await runOperation(currentSandbox(), 'standard', 'updateGroupTemplate', update(unknown, { description: 'x' }));
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListGroupTemplates']);
		expect(run.error?.message).toMatch(/was not found; CIPP would have saved the change as a new template/);
	});

	test('a template synced from a community repository is refused', async () => {
		const sandbox = currentSandbox();
		sandbox.injectFault({
			endpoint: 'ListGroupTemplates',
			status: 200,
			body: [{ displayName: 'Synced', groupType: 'generic', GUID: allStaff, source: 'CyberDrain/CIPP-Templates', isSynced: true }],
			times: 1,
		});
		const run = await runOperation(sandbox, 'standard', 'updateGroupTemplate', update(allStaff, { description: 'x' }));
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListGroupTemplates']);
		expect(run.error?.message).toMatch(/synced from CyberDrain\/CIPP-Templates: its next sync would overwrite the change/);
	});

	test('a membership rule for a template of non-dynamic groups, or no change at all, is refused', async () => {
		const rule = await runOperation(
			currentSandbox(),
			'standard',
			'updateGroupTemplate',
			update(allStaff, { membershipRules: '(user.x -eq "y")' }),
		);
		expect(rule.requests.map((request) => request.endpoint)).toEqual(['ListGroupTemplates']);
		expect(rule.error?.message).toMatch(/makes m365 groups, which have no membership rule/);
		const nothing = await runOperation(currentSandbox(), 'standard', 'updateGroupTemplate', update(salesDynamic, {}));
		expect(nothing.requests).toHaveLength(0);
		expect(nothing.error?.message).toMatch(/nothing to change/);
	});

	test("CIPP's HTTP-200 failure fails the item with its words", async () => {
		const sandbox = currentSandbox();
		const words = 'Editing template failed: The remote server returned an error: (409) Conflict.';
		sandbox.injectFault({ endpoint: 'ExecEditTemplate', status: 200, body: { Results: words }, times: 1 });
		const run = await runOperation(sandbox, 'standard', 'updateGroupTemplate', update(salesDynamic, { description: 'x' }));
		expect(run.requests[1].status).toBe(200);
		expect(run.error?.message).toContain(words);
	});
});
