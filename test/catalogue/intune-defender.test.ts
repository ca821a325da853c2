// Failed runs are logged by n8n's logger; captured so the test output stays free of expected failures.
import '../support/logCapture';

import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

/** Intune → Deploy Defender and Create Defender Template: per-tenant failures, skips, refusals and writes then reads. */
const CONTOSO = 'contoso.onmicrosoft.com';
const contoso = locator('domain', CONTOSO);
const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
const northwind = locator('domain', 'northwind.onmicrosoft.com');
/** Tailspin has no Intune licence. */
const tailspin = locator('domain', 'tailspin.onmicrosoft.com');

describe('intune: Defender deployment and templates', () => {
	const currentSandbox = sandboxPerFile();
	const run = (operation: string, parameters: Record<string, unknown>) =>
		runOperation(currentSandbox(), 'intune', operation, parameters as never);

	test("a tenant where CIPP fails answers HTTP 200 with the tenant's failure: the item fails with CIPP's words", async () => {
		const result = await run('deployDefender', { tenantFilter: tailspin, antivirus: { allowRealTime: true } });
		expect(result.requests[0].status).toBe(200);
		expect(result.error?.message).toMatch(/Failed to add policy for tailspin\.onmicrosoft\.com: Request not applicable to target tenant/);
	});

	test('the connector in a tenant without Intune: CIPP cannot read its state, and the item fails', async () => {
		const result = await run('deployDefender', { tenantFilter: tailspin, connector: { connectwindows: true } });
		expect(result.error?.message).toMatch(/Failed to retrieve MDE connector state for tailspin\.onmicrosoft\.com/);
	});

	test('a connector that does not come up fails the item, whose error still says which policies CIPP created beside it', async () => {
		const result = await run('deployDefender', {
			tenantFilter: northwind,
			connector: { connectwindows: true },
			antivirus: { allowUI: true },
		});
		expect(result.requests[0].status).toBe(200);
		expect(result.error?.message).toMatch(
			/northwind\.onmicrosoft\.com: Failed to enable MDE Connector - +CIPP also answered: northwind\.onmicrosoft\.com: Successfully set Default AV Policy settings/,
		);
	});

	test('deployed twice: CIPP skips the policies that exist by name and the connector already set; the item warns and lists the skips', async () => {
		const parameters = {
			tenantFilter: fabrikam,
			connector: { connectwindows: true },
			edr: { sampleSharing: true },
			assignTo: 'allDevices',
		};
		const first = await run('deployDefender', parameters);
		expect(first.error).toBeUndefined();
		expect(first.items[0].json.status).toBe('success');
		const second = await run('deployDefender', { ...parameters, edr: { sampleSharing: true, config: true } });
		expect(second.error).toBeUndefined();
		expect(second.items[0].json).toMatchObject({
			status: 'warning',
			skipped: ['fabrikam.onmicrosoft.com: EDR Policy already exists. Skipping'],
			messages: expect.arrayContaining(['Defender Intune Configuration already correct and active for fabrikam.onmicrosoft.com. Skipping']),
		});
	});

	test('Deploy Defender creates the policies that Get Many Policies then lists, assigned as asked', async () => {
		const deployed = await run('deployDefender', {
			tenantFilter: contoso,
			exclusions: { excludedProcesses: 'backup.exe' },
			asr: { blockSafeMode: true },
			assignTo: 'allLicensedUsers',
		});
		expect(deployed.error).toBeUndefined();
		const policies = await run('getManyPolicies', { tenantFilter: contoso, returnAll: true });
		const names = policies.items.map((item) => item.json.displayName);
		expect(names).toEqual(expect.arrayContaining(['Default AV Exclusion Policy', 'ASR Default rules']));
		const asr = policies.items.find((item) => item.json.displayName === 'ASR Default rules')?.json;
		expect(asr).toMatchObject({ URLName: 'configurationPolicies', PolicyAssignment: 'All Licensed Users' });
	});

	test.each([
		['a section with nothing turned on', { asr: { mode: 'warn' } }, /Attack Surface Reduction.*no setting is turned on/],
		['no section at all', {}, /no section is given/],
	])('%s is refused before anything is sent (CIPP would answer nothing)', async (_case, sections, words) => {
		const result = await run('deployDefender', { tenantFilter: contoso, ...sections });
		expect(result.requests).toEqual([]);
		expect(result.error?.message).toMatch(words);
	});

	test('Create Defender Template saves one template per section, which Get Many Templates then lists', async () => {
		const created = await run('createDefenderTemplate', {
			templateName: 'Hardened',
			asr: { blockOfficeChild: true, mode: 'block' },
			edr: { config: true },
		});
		expect(created.error).toBeUndefined();
		expect(created.items[0].json.messages).toEqual([
			'Successfully created ASR Policy template',
			'Successfully created EDR Policy template',
		]);
		const templates = await run('getManyTemplates', { returnAll: true });
		const saved = templates.items.map((item) => item.json).filter((template) => String(template.Displayname).startsWith('Hardened - '));
		expect(saved.map((template) => template.Displayname).sort()).toEqual(['Hardened - ASR Policy', 'Hardened - EDR Policy']);
		expect(saved.every((template) => template.Type === 'Catalog')).toBe(true);
	});

	test('Create Defender Template without any section is refused before sending', async () => {
		const result = await run('createDefenderTemplate', { templateName: 'Empty' });
		expect(result.requests).toEqual([]);
		expect(result.error?.message).toMatch(/no section is given/);
	});
});
