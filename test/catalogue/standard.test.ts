// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const tenant = 'contoso.onmicrosoft.com';
const contoso = locator('domain', tenant);
const baselineTemplate = stableGuid('standards/baseline');
const extraPolicy = stableGuid('standards/drift/extra-policy');

describeCatalogue('standard', {
	getManyComparisons: {
		parameters: { tenantFilter: contoso, templateId: locator('id', baselineTemplate), returnAll: true },
		request: { method: 'GET', endpoint: 'ListStandardsCompare', query: { tenantFilter: tenant, templateId: baselineTemplate } },
		output: ([item, ...rest]) => {
			expect(rest).toHaveLength(0);
			expect(item.json).toMatchObject({
				tenantFilter: tenant,
				'standards.AuditLog': { Value: true },
				'standards.DisableBasicAuthSMTP': { Value: false, CurrentValue: { SmtpClientAuthenticationDisabled: false } },
			});
			expect(item.json['standards.SecurityDefaults']).toBeUndefined();
		},
	},
	getCurrentState: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListStandardsCurrentState', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => [item.json.StandardName, item.json.Compliant])).toEqual([
				['standards.AuditLog', true],
				['standards.DisableBasicAuthSMTP', false],
				['standards.SecurityDefaults', false],
			]),
	},
	getManyAlignments: {
		parameters: { granular: false, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenantAlignment', query: { granular: 'false' } },
		output: (items) => {
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({ tenantFilter: tenant, standardName: 'MSP Baseline', alignmentScore: 50 });
		},
	},
	getManyDrifts: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenantDrift', query: { tenantFilter: tenant } },
		output: ([item]) => {
			expect(item.json).toMatchObject({ tenantFilter: tenant, newDeviationsCount: 3, acceptedDeviationsCount: 0 });
			expect((item.json.allDeviations as Array<{ standardName: string }>).map((entry) => entry.standardName)).toContain(
				'standards.SecurityDefaults',
			);
		},
	},
	updateDriftDeviation: {
		client: 'admin',
		parameters: {
			tenantFilter: contoso,
			standardName: 'standards.SecurityDefaults',
			status: 'Accepted',
			additionalFields: { reason: 'Customer uses CA' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecUpdateDriftDeviation',
			body: {
				TenantFilter: tenant,
				reason: 'Customer uses CA',
				deviations: [{ standardName: 'standards.SecurityDefaults', status: 'Accepted' }],
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully set drift deviation status for standards.SecurityDefaults to Accepted',
			}),
	},
	resetDriftDeviations: {
		client: 'admin',
		parameters: { tenantFilter: contoso },
		request: { method: 'POST', endpoint: 'ExecUpdateDriftDeviation', body: { TenantFilter: tenant, RemoveDriftCustomization: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `All drift customizations removed for tenant ${tenant}` }),
	},
	getBaselineAlignment: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListBaselineAlignment', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => [item.json.standardName, item.json.status])).toEqual([
				['AuditLog', 'Compliant'],
				['DisableBasicAuthSMTP', 'Drift'],
				['ManualTask.ReviewGlobalAdmins', 'Drift'],
			]),
	},
	updateBaselineDeviation: {
		client: 'admin',
		parameters: {
			tenantFilter: contoso,
			standard: 'DisableBasicAuthSMTP',
			action: 'Deny',
			additionalFields: { method: 'remediate', reason: 'Must stay off' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecUpdateBaselineDeviation',
			body: { tenantFilter: tenant, standard: 'DisableBasicAuthSMTP', action: 'Deny', method: 'remediate', reason: 'Must stay off' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Denied the deviation on DisableBasicAuthSMTP for ${tenant} - remediate pending on the next run.`,
			}),
	},
});

describe('standard operations: decisions show in the next read, refusals fail the item', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	/** Tenant.Standards.ReadWrite is withheld from CIPP's editor role: writes run as the admin client. */
	const write = (operation: string, parameters: Parameters<typeof runOperation>[3]) =>
		runOperation(sandbox, 'standard', operation, parameters, [{}], 'admin');
	const drift = async () => {
		const run = await runOperation(sandbox, 'standard', 'getManyDrifts', { tenantFilter: contoso, returnAll: true });
		return run.items[0].json as { allDeviations: Array<{ standardName: string; Status: string; Reason: string | null }> };
	};

	test('an accepted drift shows as Accepted with its reason, and a reset makes it New again', async () => {
		await write('updateDriftDeviation', {
			tenantFilter: contoso,
			standardName: 'standards.DisableBasicAuthSMTP',
			status: 'CustomerSpecific',
			additionalFields: { reason: 'Scanner needs SMTP AUTH' },
		});
		expect((await drift()).allDeviations.find((entry) => entry.standardName === 'standards.DisableBasicAuthSMTP')).toMatchObject({
			Status: 'CustomerSpecific',
			Reason: 'Scanner needs SMTP AUTH',
		});
		await write('resetDriftDeviations', { tenantFilter: contoso });
		expect((await drift()).allDeviations.every((entry) => entry.Status === 'New')).toBe(true);
	});

	test('Deny - Delete reads the policy from the drift first, and CIPP deletes it', async () => {
		const run = await write('updateDriftDeviation', {
			tenantFilter: contoso,
			standardName: `IntuneTemplates.${extraPolicy}`,
			status: 'DeniedDelete',
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListTenantDrift', 'ExecUpdateDriftDeviation']);
		expect(run.requests[1].body).toMatchObject({
			deviations: [{ status: 'DeniedDelete', receivedValue: expect.stringContaining(extraPolicy) }],
		});
		expect(run.items[0].json.message).toMatch(`Deleted Policy ${extraPolicy}`);
		expect((await drift()).allDeviations.map((entry) => entry.standardName)).not.toContain(`IntuneTemplates.${extraPolicy}`);
	});

	test("Deny - Delete of a setting (no policy) fails with CIPP's words, though CIPP stored the decision", async () => {
		const run = await write('updateDriftDeviation', {
			tenantFilter: contoso,
			standardName: 'standards.SecurityDefaults',
			status: 'DeniedDelete',
		});
		expect(run.requests[1].status).toBe(200);
		expect(run.error?.message).toMatch(/could not find policy with ID/);
	});

	test('Deny - Delete of a deviation that is not current is refused before any change', async () => {
		const run = await write('updateDriftDeviation', {
			tenantFilter: contoso,
			standardName: 'standards.Nope',
			status: 'DeniedDelete',
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListTenantDrift']);
		expect(run.error?.message).toMatch(/not a current deviation/);
	});

	test('Deny - Remediate of a policy CIPP cannot resolve fails the item (HTTP 200, success: false)', async () => {
		const run = await write('updateDriftDeviation', {
			tenantFilter: contoso,
			standardName: `IntuneTemplates.${extraPolicy}`,
			status: 'DeniedRemediate',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/no remediation task was scheduled/);
	});

	test('a tenant ID is refused: CIPP keys drift decisions by default domain', async () => {
		const run = await write('updateDriftDeviation', {
			tenantFilter: locator('id', '11111111-2222-4333-8444-555555555555'),
			standardName: 'standards.AuditLog',
			status: 'Accepted',
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/tenant ID/);
	});

	test('a baseline acceptance shows in the alignment, and a reason is required before sending', async () => {
		const refused = await write('updateBaselineDeviation', {
			tenantFilter: contoso,
			standard: 'DisableBasicAuthSMTP',
			action: 'Accept',
		});
		expect(refused.requests).toHaveLength(0);
		expect(refused.error?.message).toMatch(/reason/);
		await write('updateBaselineDeviation', {
			tenantFilter: contoso,
			standard: 'DisableBasicAuthSMTP',
			action: 'AcceptPath',
			additionalFields: { path: 'AllowedSenders', reason: 'Scanner' },
		});
		const run = await runOperation(sandbox, 'standard', 'getBaselineAlignment', { tenantFilter: contoso, returnAll: true });
		expect(run.items.find((item) => item.json.standardName === 'DisableBasicAuthSMTP')?.json.status).toBe('Partially Accepted');
	});

	test("an unknown baseline standard fails with CIPP's HTTP 500 text", async () => {
		const run = await write('updateBaselineDeviation', {
			tenantFilter: contoso,
			standard: 'Nope',
			action: 'Clear',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/No resolved data for Nope/);
	});
});
