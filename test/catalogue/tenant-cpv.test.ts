// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { fixtures } from '../sandbox';
import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

/** Tenant: CIPP's own access to a customer tenant (Refresh CPV Permissions). */
describe('tenant (CPV permissions): what CIPP answers beyond the examples', () => {
	const currentSandbox = sandboxPerFile();
	const refresh = (mode: 'id' | 'domain', value: string) =>
		runOperation(currentSandbox(), 'tenant', 'refreshCpvPermissions', { tenantFilter: locator(mode, value) }, [{}], 'admin');

	test('a tenant given by its ID is sent as it is, without a lookup', async () => {
		const run = await refresh('id', fixtures.tenantIds.fabrikam);
		expect(run.requests.map((request) => [request.endpoint, request.body])).toEqual([
			['ExecCPVPermissions', { tenantFilter: fixtures.tenantIds.fabrikam }],
		]);
		expect(run.items[0].json.message).toMatch(/^Successfully added CPV Application to tenant Fabrikam Inc /);
	});

	test('a tenant given by its initial domain is found by that domain too and sent by its ID', async () => {
		const run = await refresh('domain', 'woodgrove.onmicrosoft.com');
		expect(
			run.requests.map((request) => [request.endpoint, (request.body as { tenantFilter?: string } | undefined)?.tenantFilter]),
		).toEqual([
			['ListTenants', undefined],
			['ExecCPVPermissions', fixtures.tenantIds.woodgrove],
		]);
		expect(run.items[0].json.message).toMatch(/^Successfully added CPV Application to tenant Woodgrove Bank /);
	});

	test('a domain CIPP does not manage fails before anything is changed', async () => {
		const run = await refresh('domain', 'unknown.onmicrosoft.com');
		expect(run.error?.message).toMatch(/Tenant unknown\.onmicrosoft\.com is not in CIPP's tenant list\. Nothing was changed/);
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListTenants']);
	});

	test("a tenant ID CIPP does not have fails the item with CIPP's words (HTTP 200)", async () => {
		const run = await refresh('id', '00000000-0000-4000-8000-000000000001');
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Tenant not found/);
	});
});
