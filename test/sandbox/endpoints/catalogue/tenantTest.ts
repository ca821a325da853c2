/**
 * CIPP's tests: Invoke-ListTests, -ListTestResultsTenants, -ExecTestRun, -ExecTestRefresh,
 * -ExecCustomTestRun, -ListTestReports, -AddTestReport, -DeleteTestReport, -ListAvailableTests.
 */
import { perSandbox } from '../../directory';
import { psString } from '../../powershell';
import type { Endpoint } from '../endpoint';

interface TestResult {
	PartitionKey: string;
	RowKey: string;
	Name: string;
	Status: string;
	Risk: string;
	TestType: 'Identity' | 'Devices' | 'Custom';
	Category: string;
	Timestamp: string;
}

const AVAILABLE = {
	IdentityTests: [
		{ id: 'ZTNA21772', name: 'Guest access is restricted', category: 'Access control', testFolder: 'ZTNA' },
		{ id: 'ZTNA21780', name: 'Legacy authentication is blocked', category: 'Access control', testFolder: 'ZTNA' },
	],
	DevicesTests: [{ id: 'CIS_1_1_1', name: 'Device compliance policies exist', category: 'Devices', testFolder: 'CIS' }],
};

const testData = perSandbox(() => ({
	results: [
		result('contoso.onmicrosoft.com', 'ZTNA21772', 'Guest access is restricted', 'Passed', 'Identity'),
		result('contoso.onmicrosoft.com', 'ZTNA21780', 'Legacy authentication is blocked', 'Failed', 'Identity'),
		result('contoso.onmicrosoft.com', 'CIS_1_1_1', 'Device compliance policies exist', 'Investigate', 'Devices'),
		result('fabrikam.onmicrosoft.com', 'ZTNA21780', 'Legacy authentication is blocked', 'Passed', 'Identity'),
	],
	reports: new Map<string, { name: string; description: string; IdentityTests: string[]; DevicesTests: string[]; CustomTests: string[] }>([
		[
			'6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
			{ name: 'Monthly review', description: '', IdentityTests: ['ZTNA21772'], DevicesTests: [], CustomTests: [] },
		],
	]),
	runs: [] as string[],
}));

function result(tenant: string, id: string, name: string, status: string, type: TestResult['TestType']): TestResult {
	return {
		PartitionKey: tenant,
		RowKey: id,
		Name: name,
		Status: status,
		Risk: 'High',
		TestType: type,
		Category: 'Access control',
		Timestamp: '2026-08-03T05:00:00Z',
	};
}

const FILE_REPORTS = [
	{ id: 'ztna', name: 'Zero Trust Assessment', IdentityTests: ['ZTNA21772', 'ZTNA21780'], DevicesTests: [] as string[] },
];

/** Invoke-ListTests: the tenant's results (PartitionKey = tenant as given), optionally those of one report. */
const ListTests: Endpoint = {
	name: 'ListTests',
	role: 'Tenant.Reports.Read',
	handle(ctx) {
		const tenant = psString(ctx.fromQueryOrBody('tenantFilter'));
		if (!tenant) return { status: 400, body: { Error: 'TenantFilter parameter is required' } };
		const reportId = psString(ctx.fromQueryOrBody('reportId'));
		const data = testData(ctx.state);
		let rows = data.results.filter((row) => row.PartitionKey === tenant);
		if (reportId) {
			const file = FILE_REPORTS.find((report) => report.id === reportId.toLowerCase());
			const custom = data.reports.get(reportId);
			const ids = file
				? [...file.IdentityTests, ...file.DevicesTests]
				: custom
					? [...custom.IdentityTests, ...custom.DevicesTests, ...custom.CustomTests]
					: [];
			rows = rows.filter((row) => ids.some((id) => id.toLowerCase() === row.RowKey.toLowerCase()));
		}
		return { status: 200, body: { TestResults: rows, TenantCounts: {}, TestCounts: {} } };
	},
};

/** Invoke-ListTestResultsTenants: {Results: [...]} across tenants, each filter a comma list. */
const ListTestResultsTenants: Endpoint = {
	name: 'ListTestResultsTenants',
	role: 'Tenant.Reports.Read',
	anyTenant: true,
	handle(ctx) {
		const list = (name: string) =>
			psString(ctx.fromQueryOrBody(name))
				.split(',')
				.map((entry) => entry.trim().toLowerCase())
				.filter((entry) => entry);
		const [tenants, tests, statuses] = [list('tenantFilter'), list('testId'), list('status')];
		const type = psString(ctx.fromQueryOrBody('testType'));
		const every = tenants.length === 0 || tenants.includes('alltenants');
		const rows = testData(ctx.state)
			.results.filter(
				(row) =>
					(every || tenants.includes(row.PartitionKey)) &&
					(tests.length === 0 || tests.includes(row.RowKey.toLowerCase())) &&
					(statuses.length === 0 || statuses.includes(row.Status.toLowerCase())) &&
					(!type || row.TestType === type),
			)
			.map((row) => ({
				...row,
				Tenant: row.PartitionKey,
				TenantName: row.PartitionKey,
				Suite: row.RowKey.split(/[_\d]/)[0],
				LastRun: row.Timestamp,
			}));
		return { status: 200, body: { Results: rows } };
	},
};

const ExecTestRun: Endpoint = {
	name: 'ExecTestRun',
	role: 'Tenant.Tests.ReadWrite',
	handle(ctx) {
		const tenant = psString(ctx.fromQueryOrBody('tenantFilter'));
		let mode = psString(ctx.fromQueryOrBody('mode') ?? 'both').toLowerCase();
		if (!['both', 'cache', 'tests'].includes(mode)) mode = 'both';
		testData(ctx.state).runs.push(`${mode}:${tenant}`);
		const text = {
			tests: `Successfully started test run for ${tenant}`,
			cache: `Successfully started cache collection for ${tenant}`,
			both: `Successfully started data collection and test run for ${tenant}`,
		}[mode];
		return { status: 200, body: { Results: text } };
	},
};

/** Invoke-ExecTestRefresh: runs Invoke-CippTest<testName> at once; an unknown test is HTTP 404. */
const ExecTestRefresh: Endpoint = {
	name: 'ExecTestRefresh',
	role: 'Tenant.Tests.ReadWrite',
	handle(ctx) {
		const tenant = psString(ctx.fromQueryOrBody('tenantFilter'));
		const name = psString(ctx.fromQueryOrBody('testName'));
		const known = [...AVAILABLE.IdentityTests, ...AVAILABLE.DevicesTests].find((test) => test.id.toLowerCase() === name.toLowerCase());
		if (!known) return { status: 404, body: { Message: `Test function not found: Invoke-CippTest${name}` } };
		const rows = testData(ctx.state).results;
		const fresh = result(tenant, known.id, known.name, 'Passed', known.id.startsWith('CIS') ? 'Devices' : 'Identity');
		const index = rows.findIndex((row) => row.PartitionKey === tenant && row.RowKey === known.id);
		rows.splice(index >= 0 ? index : rows.length, index >= 0 ? 1 : 0, fresh);
		return { status: 200, body: { Results: `Successfully updated test ${name} for tenant ${tenant}`, Metadata: fresh } };
	},
};

const ExecCustomTestRun: Endpoint = {
	name: 'ExecCustomTestRun',
	role: 'Tenant.Tests.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		let tenant = psString(ctx.fromQueryOrBody('tenantFilter')) || 'allTenants';
		if (tenant === 'AllTenants') tenant = 'allTenants';
		const scope = tenant === 'allTenants' ? 'all tenants' : tenant;
		return {
			status: 200,
			body: { Results: `Successfully started a custom test run for ${scope}. Results will populate here as each tenant completes.` },
		};
	},
};

const ListTestReports: Endpoint = {
	name: 'ListTestReports',
	role: 'Tenant.Reports.Read',
	anyTenant: true,
	handle(ctx) {
		const files = FILE_REPORTS.map((report) => ({
			id: report.id,
			name: report.name,
			description: '',
			version: '1.0',
			source: 'file',
			type: 'ZTNA',
		}));
		const custom = [...testData(ctx.state).reports.entries()].map(([id, report]) => ({
			id,
			name: report.name,
			description: report.description,
			version: '1.0',
			source: 'database',
			type: 'custom',
			IdentityTests: report.IdentityTests,
			DevicesTests: report.DevicesTests,
			CustomTests: report.CustomTests,
		}));
		return { status: 200, body: JSON.stringify([...files, ...custom]) };
	},
};

/** Invoke-AddTestReport: JSON text answers; a ReportId must exist (HTTP 400 otherwise). */
const AddTestReport: Endpoint = {
	name: 'AddTestReport',
	role: 'CIPP.Dashboard.Read',
	handle(ctx) {
		const fail = (message: string) => ({ status: 400, body: JSON.stringify({ Results: `Failed to save report: ${message}` }) });
		const name = psString(ctx.fromBody('name'));
		if (!name) return fail('Report name is required');
		const reports = testData(ctx.state).reports;
		const given = psString(ctx.fromBody('ReportId'));
		if (given && !reports.has(given)) return fail('Custom report not found');
		const id = given || crypto.randomUUID();
		const ids = (field: string) => {
			const value = ctx.fromBody(field);
			return Array.isArray(value) ? value.map(psString) : value ? [psString(value)] : [];
		};
		reports.set(id, {
			name,
			description: psString(ctx.fromBody('description')),
			IdentityTests: ids('IdentityTests'),
			DevicesTests: ids('DevicesTests'),
			CustomTests: ids('CustomTests'),
		});
		return {
			status: 200,
			body: JSON.stringify({ Results: given ? 'Successfully updated custom report' : 'Successfully created custom report', ReportId: id }),
		};
	},
};

/** Invoke-DeleteTestReport: an unknown ID finds no row and Remove throws (HTTP 400). */
const DeleteTestReport: Endpoint = {
	name: 'DeleteTestReport',
	role: 'CIPP.Dashboard.Read',
	handle(ctx) {
		const id = psString(ctx.fromBody('ReportId'));
		if (!testData(ctx.state).reports.delete(id)) {
			return {
				status: 400,
				body: JSON.stringify({ Results: "Failed to delete report: Cannot bind argument to parameter 'Entity' because it is null." }),
			};
		}
		return { status: 200, body: JSON.stringify({ Results: 'Successfully deleted custom report' }) };
	},
};

const ListAvailableTests: Endpoint = {
	name: 'ListAvailableTests',
	role: 'CIPP.Dashboard.Read',
	anyTenant: true,
	handle: () => ({ status: 200, body: JSON.stringify({ ...AVAILABLE, CustomTests: [] }) }),
};

export const endpoints: Endpoint[] = [
	ListTests,
	ListTestResultsTenants,
	ExecTestRun,
	ExecTestRefresh,
	ExecCustomTestRun,
	ListTestReports,
	AddTestReport,
	DeleteTestReport,
	ListAvailableTests,
];
