// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const tenant = 'contoso.onmicrosoft.com';
const contoso = locator('domain', tenant);

describeCatalogue('tenantTest', {
	getManyResults: {
		parameters: { tenantFilter: contoso, reportId: 'ztna', returnAll: true },
		request: { method: 'GET', endpoint: 'ListTests', query: { tenantFilter: tenant, reportId: 'ztna' } },
		output: (items) =>
			expect(items.map((item) => [item.json.RowKey, item.json.Status])).toEqual([
				['ZTNA21772', 'Passed'],
				['ZTNA21780', 'Failed'],
			]),
	},
	getManyTenantResults: {
		parameters: { additionalFields: { testId: 'ZTNA21780', status: 'Failed, Investigate' }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTestResultsTenants', query: { testId: 'ZTNA21780', status: 'Failed,Investigate' } },
		output: (items) => expect(items.map((item) => item.json.Tenant)).toEqual([tenant]),
	},
	run: {
		parameters: { tenantFilter: contoso, mode: 'tests' },
		request: { method: 'POST', endpoint: 'ExecTestRun', body: { tenantFilter: tenant, mode: 'tests' } },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'queued', message: `Successfully started test run for ${tenant}` }),
	},
	refreshTest: {
		parameters: { tenantFilter: contoso, testName: 'ZTNA21780' },
		request: { method: 'POST', endpoint: 'ExecTestRefresh', body: { tenantFilter: tenant, testName: 'ZTNA21780' } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: `Successfully updated test ZTNA21780 for tenant ${tenant}`,
				result: { RowKey: 'ZTNA21780', Status: 'Passed' },
			}),
	},
	runCustomTests: {
		parameters: { tenantFilter: locator('list', 'AllTenants') },
		request: { method: 'POST', endpoint: 'ExecCustomTestRun', body: { tenantFilter: 'AllTenants' } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'queued', message: expect.stringMatching(/custom test run for all tenants/) }),
	},
	getManyReports: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListTestReports' },
		output: ([item]) => expect(item.json).toMatchObject({ id: 'ztna', source: 'file' }),
	},
	createReport: {
		parameters: { name: 'Quarterly, review', additionalFields: { IdentityTests: 'ZTNA21780', DevicesTests: 'CIS_1_1_1' } },
		request: {
			method: 'POST',
			endpoint: 'AddTestReport',
			body: { name: ['Quarterly, review'], IdentityTests: ['ZTNA21780'], DevicesTests: ['CIS_1_1_1'] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully created custom report',
				reportId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
	deleteReport: {
		parameters: { reportId: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5' },
		request: { method: 'POST', endpoint: 'DeleteTestReport', body: { ReportId: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully deleted custom report' }),
	},
	getManyAvailableTests: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListAvailableTests' },
		output: (items) =>
			expect(items.map((item) => [item.json.id, item.json.suite])).toEqual([
				['ZTNA21772', 'IdentityTests'],
				['ZTNA21780', 'IdentityTests'],
				['CIS_1_1_1', 'DevicesTests'],
			]),
	},
});

describe('tenant test operations: reports, refreshes and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a created report lists its tests, narrows Get Many Results, and can be deleted', async () => {
		const created = await runOperation(sandbox, 'tenantTest', 'createReport', {
			name: 'Legacy auth',
			additionalFields: { IdentityTests: 'ZTNA21780' },
		});
		const reportId = String(created.items[0].json.reportId);
		const results = await runOperation(sandbox, 'tenantTest', 'getManyResults', { tenantFilter: contoso, reportId, returnAll: true });
		expect(results.items.map((item) => item.json.RowKey)).toEqual(['ZTNA21780']);
		const reports = await runOperation(sandbox, 'tenantTest', 'getManyReports', { returnAll: true });
		expect(reports.items.find((item) => item.json.id === reportId)?.json).toMatchObject({
			name: 'Legacy auth',
			IdentityTests: ['ZTNA21780'],
		});
		const deleted = await runOperation(sandbox, 'tenantTest', 'deleteReport', { reportId });
		expect(deleted.error).toBeUndefined();
	});

	test("an unknown report fails with CIPP's HTTP 400 text", async () => {
		const run = await runOperation(sandbox, 'tenantTest', 'deleteReport', { reportId: '00000000-0000-4000-8000-000000000000' });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Failed to delete report/);
	});

	test('an unknown test is HTTP 404', async () => {
		const run = await runOperation(sandbox, 'tenantTest', 'refreshTest', { tenantFilter: contoso, testName: 'Nope' });
		expect(run.requests[0].status).toBe(404);
		expect(run.error?.message).toMatch(/Test function not found: Invoke-CippTestNope/);
	});

	test('a refreshed test shows in the next results', async () => {
		await runOperation(sandbox, 'tenantTest', 'refreshTest', { tenantFilter: contoso, testName: 'ZTNA21780' });
		const run = await runOperation(sandbox, 'tenantTest', 'getManyResults', { tenantFilter: contoso, returnAll: true });
		expect(run.items.find((item) => item.json.RowKey === 'ZTNA21780')?.json.Status).toBe('Passed');
	});
});
