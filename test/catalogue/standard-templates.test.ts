// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { stableGuid } from '../sandbox/directory';
import { runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';

/** Generic template operations of CIPP's templates table (Clone Template): refusals and write-then-read pairs. */
describe('standard (templates of any kind): refusals and pairs', () => {
	const currentSandbox = sandboxPerFile();

	test('a cloned Conditional Access template is listed beside the original, with the same name and a new GUID', async () => {
		const sandbox = currentSandbox();
		const original = stableGuid('caTemplate/mfa-admins');
		const cloned = await runOperation(sandbox, 'standard', 'cloneTemplate', { templateKind: 'CATemplate', templateId: original });
		expect(cloned.items[0].json).toEqual({ status: 'success', message: 'Template cloned successfully' });
		const listed = await runOperation(sandbox, 'conditionalAccess', 'getManyTemplates', { returnAll: true });
		const copies = listed.items.filter((item) => item.json.displayName === 'Require MFA for administrators');
		expect(copies).toHaveLength(2);
		expect(copies.map((item) => item.json.GUID)).toContain(original);
		expect(copies.find((item) => item.json.GUID !== original)?.json).toMatchObject({ grantControls: { builtInControls: ['mfa'] } });
	});

	test('a cloned standards template applies to the same tenants as the original', async () => {
		const sandbox = currentSandbox();
		const original = stableGuid('standards/baseline');
		await runOperation(sandbox, 'standard', 'cloneTemplate', { templateKind: 'StandardsTemplateV2', templateId: original });
		const listed = await runOperation(sandbox, 'tenant', 'getManyStandardTemplates', { returnAll: true });
		const copies = listed.items.filter((item) => item.json.templateName === 'MSP Baseline');
		expect(copies).toHaveLength(2);
		expect(copies[0].json.tenantFilter).toEqual(copies[1].json.tenantFilter);
	});

	test("a template CIPP does not have fails the item with CIPP's words (HTTP 200, state error)", async () => {
		const run = await runOperation(currentSandbox(), 'standard', 'cloneTemplate', {
			templateKind: 'GroupTemplate',
			templateId: stableGuid('caTemplate/legacy'),
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Template not found/);
	});
});
