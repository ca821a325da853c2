// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { templateEditExamples } from './standard-templateEdit.examples';

const tenant = 'contoso.onmicrosoft.com';
const contoso = locator('domain', tenant);
const baselineTemplate = stableGuid('standards/baseline');
const extraPolicy = stableGuid('standards/drift/extra-policy');
const secureBaseline = stableGuid('standards/baselines/secure');
const groupId = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
const baselineStages = [
	{ name: 'Pilot', standards: ['AuditLog'] },
	{
		name: 'Broad',
		standards: ['DisableBasicAuthSMTP', { standard: 'ManualTask.ReviewGlobalAdmins', variables: {}, remediateEnabled: false }],
	},
];
const stagesJson = JSON.stringify(baselineStages);

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
	createTemplate: {
		client: 'admin',
		parameters: {
			templateName: 'Mail Hardening',
			tenants: 'contoso.onmicrosoft.com, fabrikam.onmicrosoft.com',
			standards: '{"DisableBasicAuthSMTP": {"action": [{"label": "Remediate", "value": "Remediate"}]}}',
			runManually: true,
		},
		request: {
			method: 'POST',
			endpoint: 'AddStandardsTemplate',
			body: {
				templateName: 'Mail Hardening',
				tenantFilter: [
					{ label: tenant, value: tenant, type: 'Tenant' },
					{ label: 'fabrikam.onmicrosoft.com', value: 'fabrikam.onmicrosoft.com', type: 'Tenant' },
				],
				standards: { DisableBasicAuthSMTP: { action: [{ label: 'Remediate', value: 'Remediate' }] } },
				runManually: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully added template',
				templateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
	setTemplateSchedule: {
		client: 'admin',
		parameters: { templateId: locator('list', baselineTemplate), runManually: true },
		request: { method: 'POST', endpoint: 'ExecStandardTemplateSchedule', body: { TemplateId: baselineTemplate, runManually: true } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Disabled the schedule for template 'MSP Baseline'. It will only run when triggered manually.",
			}),
	},
	cloneTemplateToDrift: {
		client: 'admin',
		parameters: { templateId: locator('id', baselineTemplate) },
		request: { method: 'POST', endpoint: 'ExecDriftClone', body: { id: baselineTemplate } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Clone Completed successfully' }),
	},
	deleteLegacyStandards: {
		client: 'admin',
		parameters: { tenantFilter: contoso },
		request: { method: 'POST', endpoint: 'RemoveStandard', query: { ID: tenant } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed standards deployment' }),
	},
	getManyBpaResults: {
		parameters: { tenantFilter: locator('list', 'AllTenants'), report: 'CIPP Best Practices v1.5 - Table view', returnAll: true },
		request: { method: 'GET', endpoint: 'ListBPA', query: { tenantFilter: 'AllTenants', Report: 'CIPP Best Practices v1.5 - Table view' } },
		output: (items) => {
			expect(items.length).toBeGreaterThan(1);
			expect(items.find((item) => item.json.Tenant === tenant)?.json).toMatchObject({ SecureDefaultState: true });
		},
	},
	runBpa: {
		parameters: { tenantFilter: contoso },
		request: { method: 'POST', endpoint: 'ExecBPA', body: { tenantfilter: { value: tenant, label: tenant } } },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'queued', message: 'BPA queued for execution' }),
	},
	getManyBpaTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListBPATemplates' },
		output: (items) =>
			expect(items.map((item) => [item.json.Name, item.json.Style])).toEqual([
				['CIPP Best Practices v1.5 - Table view', 'Table'],
				['CIPP Best Practices v1.5 - Tenant view', 'Tenant'],
				['Security Checks', 'Table'],
			]),
	},
	deleteBpaTemplate: {
		client: 'admin',
		parameters: { templateName: 'Security Checks' },
		request: { method: 'POST', endpoint: 'RemoveBPATemplate', body: { TemplateName: 'Security Checks' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Removed BPA Template with ID Security Checks' }),
	},
	getManyDomainAnalyses: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDomainAnalyser', query: { tenantFilter: tenant } },
		output: (items) => expect(items.map((item) => item.json.Domain)).toContain(tenant),
	},
	runDomainAnalyser: {
		parameters: { tenantFilter: locator('list', 'AllTenants') },
		request: { method: 'POST', endpoint: 'ExecDomainAnalyser', body: { tenantFilter: { value: 'AllTenants', label: 'AllTenants' } } },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'queued', message: 'Domain Analyser started' }),
	},
	getManyBaselines: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListBaselines' },
		output: ([item]) => {
			expect(item.json).toMatchObject({ GUID: secureBaseline, templateName: 'Secure Score Baseline', stageNames: ['Pilot', 'Broad'] });
			expect(item.json.tenantStates).toContainEqual(expect.objectContaining({ tenantFilter: 'fabrikam.onmicrosoft.com', currentStage: 1 }));
		},
	},
	getManyBaselineStandards: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListBaselineStandards' },
		output: (items) => expect(items.map((item) => item.json.name)).toEqual(['AuditLog', 'DisableBasicAuthSMTP']),
	},
	runBaseline: {
		client: 'admin',
		parameters: { mode: 'compare', baselineId: locator('list', secureBaseline), tenantFilter: contoso },
		request: { method: 'POST', endpoint: 'ExecBaselineRun', body: { mode: 'compare', templateId: secureBaseline, tenantFilter: tenant } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: 'Started the compare: 3 checks queued. Results appear on the alignment page as each check completes.',
			}),
	},
	advanceBaselineStage: {
		client: 'admin',
		parameters: { baselineId: locator('id', secureBaseline), tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com') },
		request: {
			method: 'POST',
			endpoint: 'ExecBaselineStage',
			body: { templateId: secureBaseline, tenantFilter: 'fabrikam.onmicrosoft.com' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Moved fabrikam.onmicrosoft.com to stage 2 (Broad) of Secure Score Baseline. The stage's standards apply on the next run.",
			}),
	},
	deleteBaseline: {
		client: 'admin',
		parameters: { baselineId: locator('id', secureBaseline) },
		request: { method: 'POST', endpoint: 'RemoveBaseline', body: { ID: secureBaseline } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully removed baseline Secure Score Baseline' }),
	},
	getManyCopilotSettings: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListCopilotSettings', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items).toHaveLength(5);
			expect(items.find((item) => item.json.settingId === 'microsoft.copilot.allowwebsearch')?.json).toMatchObject({
				value: '2',
				state: 'Enabled in Copilot and Copilot Chat',
			});
		},
	},
	setCopilotSetting: {
		client: 'admin',
		parameters: { tenantFilter: contoso, settingId: 'microsoft.copilot.imagegeneration', value: '0' },
		request: {
			method: 'POST',
			endpoint: 'ExecCopilotSettings',
			body: {
				tenantFilter: tenant,
				settingId: { value: 'microsoft.copilot.imagegeneration', label: 'microsoft.copilot.imagegeneration' },
				value: { value: '0', label: '0' },
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Set 'microsoft.copilot.imagegeneration' to Disabled" }),
	},
	getShadowAi: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListShadowAI', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => [item.json.source, item.json.aiTool, item.json.status])).toEqual([
				['device', 'ChatGPT', 'Unsanctioned'],
				['device', 'Claude', 'Unsanctioned'],
				['consent', 'Otter.ai', 'Unsanctioned'],
			]),
	},
	sanctionAiTool: {
		client: 'admin',
		parameters: { tenantFilter: contoso, tools: 'ChatGPT', action: 'Sanction' },
		request: { method: 'POST', endpoint: 'ExecShadowAISanction', body: { tenantFilter: tenant, Tools: ['ChatGPT'], Action: 'Sanction' } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Marked 'ChatGPT' as company sanctioned. Its risk level now reports as Informational.",
			}),
	},
	getCopilotUsage: {
		parameters: { tenantFilter: contoso, type: 'Adoption', period: 'D30', returnAll: true },
		request: { method: 'GET', endpoint: 'ListCopilotUsage', query: { tenantFilter: tenant, Type: 'Adoption', period: 'D30' } },
		output: (items) => {
			expect(items).toHaveLength(9);
			expect(items[0].json).toMatchObject({ product: 'Any App', enabledUsers: 12, activeUsers: 9 });
		},
	},
	getManyAgentPackages: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAgent365Packages', query: { tenantFilter: tenant } },
		output: (items) => expect(items.map((item) => item.json.type)).toEqual(['agent', 'microsoft365App']),
	},
	getAgentPackage: {
		parameters: { tenantFilter: contoso, packageId: 'P_2b5c9a7e' },
		request: { method: 'GET', endpoint: 'ListAgent365PackageDetail', query: { tenantFilter: tenant, id: 'P_2b5c9a7e' } },
		output: ([item]) => expect(item.json).toMatchObject({ allowedUsersAndGroups: [], acquireUsersAndGroups: [] }),
	},
	setBaselineOverride: {
		client: 'admin',
		parameters: { tenantFilter: contoso, standard: 'AuditLog', action: 'createOverride', variables: '{"enabled": false}' },
		request: {
			method: 'POST',
			endpoint: 'ExecBaselineOverride',
			body: { tenantFilter: tenant, standard: 'AuditLog', action: 'createOverride', variables: { enabled: false } },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Created a tenant override of AuditLog for ${tenant}.` }),
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
	cloneTemplate: {
		parameters: { templateKind: 'CATemplate', templateId: stableGuid('caTemplate/legacy') },
		request: { method: 'POST', endpoint: 'ExecCloneTemplate', body: { Type: 'CATemplate', GUID: stableGuid('caTemplate/legacy') } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Template cloned successfully' }),
	},
	createBpaTemplate: {
		client: 'admin',
		parameters: { name: 'MFA Checks', style: 'Tenant', checks: JSON.stringify([{ name: 'MFANudgeState', UseExistingInfo: false }]) },
		request: {
			method: 'POST',
			endpoint: 'AddBPATemplate',
			body: { name: 'MFA Checks', style: 'Tenant', Fields: [{ name: 'MFANudgeState', UseExistingInfo: false }] },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully added template' }),
	},
	createBaseline: {
		client: 'admin',
		parameters: {
			templateName: 'Exchange Baseline',
			assignedTenants: `${tenant}, ${groupId}`,
			stages: stagesJson,
			additionalFields: { excludedTenants: 'fabrikam.onmicrosoft.com', alertEmails: 'soc@northstarit.com' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddBaseline',
			body: {
				templateName: 'Exchange Baseline',
				assignedTenants: [tenant, groupId],
				stages: baselineStages,
				excludedTenants: [{ value: 'fabrikam.onmicrosoft.com', label: 'fabrikam.onmicrosoft.com' }],
				alertEmails: 'soc@northstarit.com',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully saved the baseline',
				baselineId: expect.stringMatching(/^[0-9a-f-]{36}$/),
				deltas: 6,
			}),
	},
	...templateEditExamples,
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

	test('a created template is listed by Tenant → Get Many Standard Templates, and Template ID replaces it', async () => {
		const created = await write('createTemplate', {
			templateName: 'Mail Hardening',
			tenants: 'AllTenants',
			standards: { AuditLog: { action: [{ label: 'Report', value: 'Report' }] } },
			runManually: false,
			additionalFields: { excludedTenants: 'fabrikam.onmicrosoft.com' },
		});
		const id = String(created.items[0].json.templateId);
		expect(created.requests[0].body).toMatchObject({
			tenantFilter: [{ label: '*All Tenants', value: 'AllTenants', type: 'Tenant' }],
			excludedTenants: [{ value: 'fabrikam.onmicrosoft.com' }],
			runManually: false,
		});
		await write('createTemplate', {
			templateName: 'Mail Hardening v2',
			tenants: tenant,
			standards: { AuditLog: {} },
			additionalFields: { templateId: id },
		});
		const list = await runOperation(sandbox, 'tenant', 'getManyStandardTemplates', { returnAll: true }, [{}], 'admin');
		const mine = list.items.filter((item) => item.json.GUID === id);
		expect(mine.map((item) => item.json.templateName)).toEqual(['Mail Hardening v2']);
		expect(mine[0].json.excludedTenants).toBeUndefined();
	});

	test('a template tenant given by ID is refused (the standards engine matches default domains)', async () => {
		const run = await write('createTemplate', {
			templateName: 'X',
			tenants: '11111111-2222-4333-8444-555555555555',
			standards: { AuditLog: {} },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/tenant ID/);
	});

	test("a drift template has no schedule: CIPP's HTTP 400 fails the item", async () => {
		await write('cloneTemplateToDrift', { templateId: locator('id', baselineTemplate) });
		const list = await runOperation(sandbox, 'tenant', 'getManyStandardTemplates', { returnAll: true }, [{}], 'admin');
		const clone = list.items.find((item) => item.json.templateName === 'MSP Baseline (Drift Clone)');
		expect(clone?.json.type).toBe('drift');
		const run = await write('setTemplateSchedule', { templateId: locator('id', String(clone?.json.GUID)), runManually: false });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/is a drift template and does not run on a schedule/);
	});

	test("an unknown BPA template fails with CIPP's HTTP 500 text, and a deleted one is no longer listed", async () => {
		const unknown = await write('deleteBpaTemplate', { templateName: 'Nope' });
		expect(unknown.error?.message).toMatch(/Failed to remove BPA template with ID Nope/);
		await write('deleteBpaTemplate', { templateName: 'Security Checks' });
		const list = await runOperation(sandbox, 'standard', 'getManyBpaTemplates', { returnAll: true });
		expect(list.items.map((item) => item.json.Name)).not.toContain('Security Checks');
	});

	test('a tenant-style BPA report gives one item for the tenant', async () => {
		const run = await runOperation(sandbox, 'standard', 'getManyBpaResults', {
			tenantFilter: contoso,
			report: 'CIPP Best Practices v1.5 - Tenant view',
			returnAll: true,
		});
		expect(run.items.map((item) => item.json.Tenant)).toEqual([tenant]);
	});

	test("a baseline run that resolves nothing is refused with CIPP's HTTP 200 words", async () => {
		const run = await write('runBaseline', { mode: 'run', tenantFilter: locator('domain', 'northwind.onmicrosoft.com') });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Nothing ran: no assigned baseline/);
	});

	test('a One-Off run without a standard is refused before sending', async () => {
		const run = await write('runBaseline', { mode: 'oneoff', tenantFilter: contoso });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Baseline Standard/);
	});

	test("a tenant in the final stage cannot advance: CIPP's HTTP 500 text", async () => {
		const run = await write('advanceBaselineStage', { baselineId: locator('id', secureBaseline), tenantFilter: contoso });
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/already in the final stage of Secure Score Baseline/);
	});

	test('a sanctioned AI tool reports as Sanctioned and Informational; a Copilot change shows in the next read', async () => {
		await write('sanctionAiTool', { tenantFilter: contoso, tools: 'Claude, ChatGPT', action: 'Sanction' });
		const ai = await runOperation(sandbox, 'standard', 'getShadowAi', { tenantFilter: contoso, returnAll: true });
		expect(ai.items.filter((item) => item.json.source === 'device').map((item) => [item.json.status, item.json.risk])).toEqual([
			['Sanctioned', 'Informational'],
			['Sanctioned', 'Informational'],
		]);
		await write('setCopilotSetting', { tenantFilter: contoso, settingId: 'microsoft.copilot.allowwebsearch', value: 'clear' });
		const copilot = await runOperation(sandbox, 'standard', 'getManyCopilotSettings', { tenantFilter: contoso, returnAll: true });
		expect(copilot.items.find((item) => item.json.settingId === 'microsoft.copilot.allowwebsearch')?.json.state).toBe('Not configured');
	});

	test('a package CIPP cannot read is HTTP 200 {error}: the item fails', async () => {
		sandbox.injectFault({
			endpoint: 'ListAgent365PackageDetail',
			status: 200,
			body: JSON.stringify({ error: 'Failed Dependency' }),
			times: 1,
		});
		const run = await runOperation(sandbox, 'standard', 'getAgentPackage', { tenantFilter: contoso, packageId: 'P_1' });
		expect(run.error?.message).toMatch(/Failed Dependency/);
	});

	test('a tenant override shows in the baseline alignment, and removing it restores the inherited settings', async () => {
		await write('setBaselineOverride', {
			tenantFilter: contoso,
			standard: 'AuditLog',
			action: 'createOverride',
			variables: { enabled: false },
		});
		const row = async () =>
			(await runOperation(sandbox, 'standard', 'getBaselineAlignment', { tenantFilter: contoso, returnAll: true })).items.find(
				(item) => item.json.standardName === 'AuditLog',
			)?.json;
		expect(await row()).toMatchObject({ sourceTemplate: 'Tenant Override', expectedValue: { enabled: false } });
		const removed = await write('setBaselineOverride', { tenantFilter: contoso, standard: 'AuditLog', action: 'deleteOverride' });
		expect(removed.requests[0].body).not.toHaveProperty('variables');
		expect(await row()).toMatchObject({ expectedValue: { enabled: true } });
	});
});

describe('standard: BPA templates and baselines saved', () => {
	const currentSandbox = sandboxPerFile();

	test('a BPA template saved is listed; saving the same name again replaces it', async () => {
		const sandbox = currentSandbox();
		const save = (style: string) =>
			runOperation(
				sandbox,
				'standard',
				'createBpaTemplate',
				{ name: 'Mail Checks', style, checks: [{ name: 'DisableBasicAuthSMTP' }] },
				[{}],
				'admin',
			);
		await save('Table');
		await save('Tenant');
		const list = await runOperation(sandbox, 'standard', 'getManyBpaTemplates', { returnAll: true });
		expect(list.items.filter((item) => item.json.Name === 'Mail Checks').map((item) => item.json.Style)).toEqual(['Tenant']);
	});

	test('checks that are not a list of named checks are refused before sending', async () => {
		const run = await runOperation(
			currentSandbox(),
			'standard',
			'createBpaTemplate',
			{ name: 'X', style: 'Table', checks: '{"name": "X"}' },
			[{}],
			'admin',
		);
		expect(run.requests).toEqual([]);
		expect(run.error?.message).toContain('Checks (JSON)');
	});

	test('a baseline saved is listed with its stages; with Baseline ID it is replaced, not added', async () => {
		const sandbox = currentSandbox();
		const save = (extra: Record<string, unknown>) =>
			runOperation(
				sandbox,
				'standard',
				'createBaseline',
				{ templateName: 'Pilot Baseline', assignedTenants: 'AllTenants', stages: stagesJson, ...extra },
				[{}],
				'admin',
			);
		const created = await save({});
		const baselineId = String(created.items[0].json.baselineId);
		await save({ templateName: 'Pilot Baseline v2', additionalFields: { baselineId } });
		const list = await runOperation(sandbox, 'standard', 'getManyBaselines', { returnAll: true });
		const saved = list.items.filter((item) => item.json.GUID === baselineId).map((item) => item.json);
		expect(saved).toEqual([
			expect.objectContaining({ templateName: 'Pilot Baseline v2', stageNames: ['Pilot', 'Broad'], assignedTenants: ['AllTenants'] }),
		]);
	});

	test('a baseline tenant given by a tenant ID is refused: CIPP keys baselines by default domain', async () => {
		const run = await runOperation(
			currentSandbox(),
			'standard',
			'createBaseline',
			{ templateName: 'X', assignedTenants: 'contoso.com, not a domain!', stages: stagesJson },
			[{}],
			'admin',
		);
		expect(run.requests).toEqual([]);
		expect(run.error?.message).toContain('Tenants');
	});
});
