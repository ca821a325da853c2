// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { templateIds } from '../sandbox/endpoints/catalogue/compliance/kinds';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const selected = [{ value: tenant, label: tenant }];
const rulePack = stableGuid(`${cloudUser.tenantId}/sit/employee-id/pack`);
const created = (what: string) => ({
	status: 'success',
	message: expect.stringMatching(new RegExp(`^Successfully created ${what} Template: `)),
});

describeCatalogue('compliance', {
	updateDlpPolicy: {
		parameters: { tenantFilter: contoso, identity: locator('list', 'U.S. Financial Data'), additionalFields: { state: 'disable' } },
		request: {
			method: 'POST',
			endpoint: 'EditDlpCompliancePolicy',
			body: { tenantFilter: tenant, Identity: 'U.S. Financial Data', State: 'disable' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Updated DLP compliance policy U.S. Financial Data' }),
	},
	deleteDlpPolicy: {
		parameters: { tenantFilter: contoso, identity: locator('id', 'U.S. Financial Data') },
		request: { method: 'POST', endpoint: 'RemoveDlpCompliancePolicy', body: { tenantFilter: tenant, Identity: 'U.S. Financial Data' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Deleted DLP compliance policy U.S. Financial Data' }),
	},
	deployDlpPolicy: {
		parameters: { tenantFilter: contoso, source: 'template', templateId: locator('list', templateIds.dlp) },
		calls: ['ListDlpCompliancePolicyTemplates', 'AddDlpCompliancePolicy'],
		request: {
			method: 'POST',
			endpoint: 'AddDlpCompliancePolicy',
			body: {
				selectedTenants: selected,
				PowerShellCommand: JSON.stringify({
					name: 'GDPR Baseline',
					comments: 'EU personal data',
					Name: 'GDPR Baseline',
					Mode: 'TestWithNotifications',
					ExchangeLocation: ['All'],
				}),
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Created DLP compliance policy 'GDPR Baseline' in ${tenant}.` }),
	},
	getManyDlpPolicyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListDlpCompliancePolicyTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ GUID: templateIds.dlp, name: 'GDPR Baseline' }),
	},
	createDlpPolicyTemplate: {
		parameters: { definition: '{"Name": "Contoso DLP", "Mode": "Enable"}' },
		request: {
			method: 'POST',
			endpoint: 'AddDlpCompliancePolicyTemplate',
			body: { PowerShellCommand: '{"Name":"Contoso DLP","Mode":"Enable"}' },
		},
		output: ([item]) => expect(item.json).toEqual(created('DLP Compliance Policy')),
	},
	deleteDlpPolicyTemplate: {
		parameters: { templateId: locator('id', templateIds.dlp) },
		request: { method: 'POST', endpoint: 'RemoveDlpCompliancePolicyTemplate', body: { ID: templateIds.dlp } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed DLP Compliance Policy template with ID ${templateIds.dlp}` }),
	},
	getManyRetentionPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListRetentionCompliancePolicy', query: { tenantFilter: tenant } },
		output: ([item]) => expect(item.json).toMatchObject({ Name: 'Mail - 7 years', Workload: 'Exchange', RuleCount: 1 }),
	},
	updateRetentionPolicy: {
		parameters: {
			tenantFilter: contoso,
			identity: locator('list', 'Mail - 7 years'),
			additionalFields: { parameters: '{"Comment": "Reviewed 2026"}' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditRetentionCompliancePolicy',
			body: { tenantFilter: tenant, Identity: 'Mail - 7 years', parameters: { Comment: 'Reviewed 2026' } },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Updated Retention compliance policy Mail - 7 years' }),
	},
	deleteRetentionPolicy: {
		parameters: { tenantFilter: contoso, identity: locator('id', 'Legacy archive'), additionalFields: { forceDeletion: true } },
		request: {
			method: 'POST',
			endpoint: 'RemoveRetentionCompliancePolicy',
			body: { tenantFilter: tenant, Identity: 'Legacy archive', ForceDeletion: true },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Deleted Retention compliance policy Legacy archive' }),
	},
	deployRetentionPolicy: {
		parameters: { tenantFilter: contoso, source: 'json', definition: '{"Name": "Mail - 10 years", "ExchangeLocation": "All"}' },
		request: {
			method: 'POST',
			endpoint: 'AddRetentionCompliancePolicy',
			body: { selectedTenants: selected, PowerShellCommand: '{"Name":"Mail - 10 years","ExchangeLocation":"All"}' },
		},
		output: ([item]) => expect(item.json.message).toBe(`Created retention compliance policy 'Mail - 10 years' in ${tenant}.`),
	},
	getManyRetentionPolicyTemplates: {
		parameters: { templateId: templateIds.retention, returnAll: true },
		request: { method: 'GET', endpoint: 'ListRetentionCompliancePolicyTemplates', query: { ID: templateIds.retention } },
		output: (items) => expect(items.map((item) => item.json.name)).toEqual(['Teams chats - 1 year']),
	},
	createRetentionPolicyTemplate: {
		parameters: { source: 'tenant', tenantFilter: contoso, identity: locator('list', 'Mail - 7 years') },
		request: {
			method: 'POST',
			endpoint: 'AddRetentionCompliancePolicyTemplate',
			body: { tenantFilter: tenant, Identity: 'Mail - 7 years' },
		},
		output: ([item]) => expect(item.json).toEqual(created('Retention Compliance Policy')),
	},
	deleteRetentionPolicyTemplate: {
		parameters: { templateId: locator('list', templateIds.retention) },
		request: { method: 'POST', endpoint: 'RemoveRetentionCompliancePolicyTemplate', body: { ID: templateIds.retention } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Retention Compliance Policy template with ID ${templateIds.retention}`),
	},
	getManySensitiveInfoTypes: {
		parameters: { tenantFilter: contoso, additionalFields: { includeBuiltIn: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSensitiveInfoType', query: { tenantFilter: tenant, IncludeBuiltIn: 'true' } },
		output: (items) => expect(items.map((item) => item.json.Name)).toEqual(['Contoso Employee ID', 'Credit Card Number']),
	},
	getSensitiveInfoTypeRulePackage: {
		parameters: { tenantFilter: contoso, rulePackId: rulePack },
		request: { method: 'GET', endpoint: 'ListSensitiveInfoTypeRulePackage', query: { tenantFilter: tenant, RulePackId: rulePack } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ RulePackId: rulePack, Publisher: 'Contoso Ltd', Xml: expect.stringContaining('<RulePackage>') }),
	},
	updateSensitiveInfoType: {
		parameters: {
			tenantFilter: contoso,
			identity: locator('list', 'Contoso Employee ID'),
			additionalFields: { parameters: '{"Description": "Employee numbers EMP-000000"}' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditSensitiveInfoType',
			body: { tenantFilter: tenant, Identity: 'Contoso Employee ID', parameters: { Description: 'Employee numbers EMP-000000' } },
		},
		output: ([item]) => expect(item.json.message).toBe('Updated Sensitive Information Type Contoso Employee ID'),
	},
	deleteSensitiveInfoType: {
		parameters: { tenantFilter: contoso, identity: locator('id', 'Contoso Employee ID') },
		request: { method: 'POST', endpoint: 'RemoveSensitiveInfoType', body: { tenantFilter: tenant, Identity: 'Contoso Employee ID' } },
		output: ([item]) => expect(item.json.message).toBe('Deleted Sensitive Information Type Contoso Employee ID'),
	},
	deploySensitiveInfoType: {
		parameters: { tenantFilter: contoso, source: 'template', templateId: locator('id', templateIds.sit) },
		calls: ['ListSensitiveInfoTypeTemplates', 'AddSensitiveInfoType'],
		request: {
			method: 'POST',
			endpoint: 'AddSensitiveInfoType',
			body: {
				selectedTenants: selected,
				PowerShellCommand: JSON.stringify({
					name: 'Project Code',
					comments: null,
					Name: 'Project Code',
					Pattern: 'PRJ-\\d{6}',
					Confidence: 'High',
				}),
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Created SIT 'Project Code' in ${tenant}.`),
	},
	getManySensitiveInfoTypeTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListSensitiveInfoTypeTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ GUID: templateIds.sit, Pattern: 'PRJ-\\d{6}' }),
	},
	createSensitiveInfoTypeTemplate: {
		parameters: { source: 'json', definition: '{"Name": "Invoice Number", "Pattern": "INV-\\\\d{8}"}' },
		request: {
			method: 'POST',
			endpoint: 'AddSensitiveInfoTypeTemplate',
			body: { PowerShellCommand: JSON.stringify({ Name: 'Invoice Number', Pattern: 'INV-\\d{8}' }) },
		},
		output: ([item]) => expect(item.json).toEqual(created('Sensitive Information Type')),
	},
	deleteSensitiveInfoTypeTemplate: {
		parameters: { templateId: locator('id', templateIds.sit) },
		request: { method: 'POST', endpoint: 'RemoveSensitiveInfoTypeTemplate', body: { ID: templateIds.sit } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Sensitive Information Type template with ID ${templateIds.sit}`),
	},
	getManySensitivityLabels: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSensitivityLabel', query: { tenantFilter: tenant } },
		output: (items) => expect(items.map((item) => item.json.DisplayName)).toEqual(['Confidential', 'Public']),
	},
	updateSensitivityLabel: {
		parameters: {
			tenantFilter: contoso,
			identity: locator('list', 'Confidential'),
			additionalFields: { parameters: '{"Tooltip": "Internal only"}' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditSensitivityLabel',
			body: { tenantFilter: tenant, Identity: 'Confidential', parameters: { Tooltip: 'Internal only' } },
		},
		output: ([item]) => expect(item.json.message).toBe('Updated sensitivity label Confidential'),
	},
	deleteSensitivityLabel: {
		parameters: { tenantFilter: contoso, identity: locator('id', 'Public') },
		request: { method: 'POST', endpoint: 'RemoveSensitivityLabel', body: { tenantFilter: tenant, Identity: 'Public' } },
		output: ([item]) => expect(item.json.message).toBe('Deleted sensitivity label Public'),
	},
	deploySensitivityLabel: {
		parameters: { tenantFilter: contoso, source: 'template', templateId: locator('list', templateIds.label) },
		calls: ['ListSensitivityLabelTemplates', 'AddSensitivityLabel'],
		request: {
			method: 'POST',
			endpoint: 'AddSensitivityLabel',
			body: {
				selectedTenants: selected,
				PowerShellCommand: JSON.stringify({
					DisplayName: 'Highly Confidential',
					Name: 'HighlyConfidential',
					Comment: null,
					Tooltip: 'Board only',
				}),
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Created sensitivity label 'HighlyConfidential' in ${tenant}.`),
	},
	getManySensitivityLabelTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListSensitivityLabelTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ GUID: templateIds.label, DisplayName: 'Highly Confidential' }),
	},
	createSensitivityLabelTemplate: {
		parameters: { definition: '{"DisplayName": "Internal", "Name": "Internal", "Tooltip": "Staff only"}' },
		request: {
			method: 'POST',
			endpoint: 'AddSensitivityLabelTemplate',
			body: { PowerShellCommand: '{"DisplayName":"Internal","Name":"Internal","Tooltip":"Staff only"}' },
		},
		output: ([item]) => expect(item.json).toEqual(created('Sensitivity Label')),
	},
	deleteSensitivityLabelTemplate: {
		parameters: { templateId: locator('id', templateIds.label) },
		request: { method: 'POST', endpoint: 'RemoveSensitivityLabelTemplate', body: { ID: templateIds.label } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Sensitivity Label template with ID ${templateIds.label}`),
	},
});

describe('compliance operations: state, refusals and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a deployed, updated and deleted DLP policy shows in Security → Get Many DLP Policies', async () => {
		const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
		const policies = async () =>
			(await runOperation(sandbox, 'security', 'getManyDlpPolicies', { tenantFilter: fabrikam, returnAll: true })).items.map(
				(item) => item.json,
			);
		const before = await policies();
		expect(before.find((policy) => policy.Name === 'U.S. Financial Data')).toMatchObject({ Enabled: true, RuleCount: 2 });
		expect(before.map((policy) => policy.Name)).not.toContain('Partner DLP');

		const deployed = await runOperation(sandbox, 'compliance', 'deployDlpPolicy', {
			tenantFilter: fabrikam,
			source: 'json',
			definition: '{"Name": "Partner DLP", "Mode": "TestWithoutNotifications", "ExchangeLocation": ["All"]}',
		});
		expect(deployed.error).toBeUndefined();
		expect((await policies()).find((policy) => policy.Name === 'Partner DLP')).toMatchObject({
			Mode: 'TestWithoutNotifications',
			RuleCount: 0,
		});

		const updated = await runOperation(sandbox, 'compliance', 'updateDlpPolicy', {
			tenantFilter: fabrikam,
			identity: locator('id', 'Partner DLP'),
			additionalFields: { state: 'disable' },
		});
		expect(updated.error).toBeUndefined();
		expect((await policies()).find((policy) => policy.Name === 'Partner DLP')?.Enabled).toBe(false);

		const deleted = await runOperation(sandbox, 'compliance', 'deleteDlpPolicy', {
			tenantFilter: fabrikam,
			identity: locator('id', 'Partner DLP'),
		});
		expect(deleted.error).toBeUndefined();
		const after = await policies();
		expect(after.map((policy) => policy.Name)).not.toContain('Partner DLP');
		expect(after.map((policy) => policy.Name)).toContain('U.S. Financial Data');
	});

	test('a deployed retention policy lists, a second deploy updates it, and a delete removes it', async () => {
		const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
		const deploy = () =>
			runOperation(sandbox, 'compliance', 'deployRetentionPolicy', {
				tenantFilter: fabrikam,
				source: 'template',
				templateId: locator('id', templateIds.retention),
			});
		expect((await deploy()).items[0].json.message).toBe(
			"Created retention compliance policy 'Teams chats - 1 year' in fabrikam.onmicrosoft.com.",
		);
		expect((await deploy()).items[0].json.message).toBe(
			"Updated retention compliance policy 'Teams chats - 1 year' in fabrikam.onmicrosoft.com.",
		);
		const list = async () =>
			(await runOperation(sandbox, 'compliance', 'getManyRetentionPolicies', { tenantFilter: fabrikam, returnAll: true })).items.map(
				(item) => item.json.Name,
			);
		expect(await list()).toContain('Teams chats - 1 year');
		await runOperation(sandbox, 'compliance', 'deleteRetentionPolicy', {
			tenantFilter: fabrikam,
			identity: locator('id', 'Teams chats - 1 year'),
		});
		expect(await list()).not.toContain('Teams chats - 1 year');
	});

	test('a template made from JSON lists, and deploys from the list', async () => {
		const made = await runOperation(sandbox, 'compliance', 'createSensitivityLabelTemplate', {
			definition: '{"DisplayName": "Secret", "Name": "Secret"}',
		});
		const guid = /with GUID (\S+)$/.exec(String(made.items[0].json.message))?.[1];
		const templates = await runOperation(sandbox, 'compliance', 'getManySensitivityLabelTemplates', { returnAll: true });
		expect(templates.items.map((item) => item.json.GUID)).toContain(guid);
		const run = await runOperation(sandbox, 'compliance', 'deploySensitivityLabel', {
			tenantFilter: contoso,
			source: 'template',
			templateId: locator('id', String(guid)),
		});
		expect(run.items[0].json.message).toBe(`Created sensitivity label 'Secret' in ${tenant}.`);
		const labels = await runOperation(sandbox, 'compliance', 'getManySensitivityLabels', { tenantFilter: contoso, returnAll: true });
		expect(labels.items.map((item) => item.json.Name)).toContain('Secret');
	});

	test("a deploy CIPP skips (a Microsoft built-in) answers HTTP 200 without state: the item fails with CIPP's words", async () => {
		const run = await runOperation(sandbox, 'compliance', 'deploySensitiveInfoType', {
			tenantFilter: contoso,
			source: 'json',
			definition: '{"Name": "Credit Card Number", "Pattern": "\\\\d{16}"}',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/SIT 'Credit Card Number' is a Microsoft built-in and cannot be modified - skipping in contoso/);
	});

	test('a deploy CIPP cannot make answers HTTP 200 with "Could not deploy": the item fails', async () => {
		const run = await runOperation(sandbox, 'compliance', 'deployDlpPolicy', {
			tenantFilter: locator('domain', 'gone.onmicrosoft.com'),
			source: 'json',
			definition: '{"Name": "Partner DLP"}',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(
			/Could not deploy DLP compliance policy 'Partner DLP' to gone\.onmicrosoft\.com: Graph request denied/,
		);
	});

	test("a built-in sensitive information type cannot be deleted (HTTP 403 with CIPP's words)", async () => {
		const run = await runOperation(sandbox, 'compliance', 'deleteSensitiveInfoType', {
			tenantFilter: contoso,
			identity: locator('id', 'Credit Card Number'),
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/is a Microsoft built-in and cannot be deleted/);
	});

	test('an update without State or Parameters is refused before sending (CIPP would change nothing and answer "Updated")', async () => {
		const run = await runOperation(sandbox, 'compliance', 'updateRetentionPolicy', {
			tenantFilter: contoso,
			identity: locator('id', 'Mail - 7 years'),
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/nothing to change/);
	});

	test('an update whose Parameters are an empty object is refused before sending', async () => {
		const run = await runOperation(sandbox, 'compliance', 'updateSensitivityLabel', {
			tenantFilter: contoso,
			identity: locator('id', 'Confidential'),
			additionalFields: { parameters: '{}' },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/no parameter was given/);
	});

	test('a sensitive information type template without Pattern or FileDataBase64 is refused by CIPP with HTTP 400', async () => {
		const run = await runOperation(sandbox, 'compliance', 'createSensitiveInfoTypeTemplate', {
			source: 'json',
			definition: '{"Name": "Empty"}',
		});
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Template requires either 'Pattern'/);
	});

	test('JSON that is not an object is refused before sending', async () => {
		const run = await runOperation(sandbox, 'compliance', 'createDlpPolicyTemplate', { definition: '[1, 2]' });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/not a JSON object/);
	});
});
