// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const contosoId = fixtures.tenantIds.contoso;
const tenant = locator('domain', contoso);
const mfaPolicy = stableGuid(`${contosoId}/caPolicy/Require MFA for all users`);
const blockPolicy = stableGuid(`${contosoId}/caPolicy/Block sign-ins outside allowed countries`);
const legacyTemplate = stableGuid('caTemplate/legacy');
const adminsTemplate = stableGuid('caTemplate/mfa-admins');
const { adeleVance } = fixtures.userIds;

describeCatalogue('conditionalAccess', {
	getManyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListCAtemplates' },
		output: (items) => {
			expect(items.map((item) => item.json.displayName)).toEqual(['Block legacy authentication', 'Require MFA for administrators']);
			expect(items[0].json).toMatchObject({ GUID: legacyTemplate, grantControls: { builtInControls: ['block'] } });
		},
	},
	createTemplate: {
		parameters: { tenantFilter: tenant, policyId: locator('list', blockPolicy) },
		calls: ['ListConditionalAccessPolicies', 'AddCATemplate'],
		request: {
			method: 'POST',
			endpoint: 'AddCATemplate',
			body: expect.objectContaining({
				tenantFilter: contoso,
				name: 'Block sign-ins outside allowed countries',
				displayName: 'Block sign-ins outside allowed countries',
				grantControls: { operator: 'OR', builtInControls: ['block'] },
			}) as unknown as Record<string, string>,
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringContaining('Created CA Template Block sign-ins outside allowed countries with GUID'),
			}),
	},
	deployTemplate: {
		parameters: {
			tenantFilter: tenant,
			templateId: locator('list', legacyTemplate),
			newState: 'enabledForReportingButNotEnforced',
			additionalFields: { overwrite: false, replacePattern: 'none' },
		},
		calls: ['ListCAtemplates', 'AddCAPolicy'],
		request: {
			method: 'POST',
			endpoint: 'AddCAPolicy',
			body: {
				tenantFilter: { value: contoso, label: contoso },
				NewState: 'enabledForReportingButNotEnforced',
				overwrite: false,
				replacename: 'none',
				RawJSON: expect.stringContaining('"displayName":"Block legacy authentication"') as unknown as string,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Created policy Block legacy authentication for ${contoso}` }),
	},
	deleteTemplate: {
		parameters: { templateId: locator('id', adminsTemplate) },
		calls: ['ListCAtemplates', 'RemoveCATemplate'],
		request: { method: 'POST', endpoint: 'RemoveCATemplate', body: { ID: adminsTemplate } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed Conditional Access Template with ID ${adminsTemplate}` }),
	},
	update: {
		parameters: {
			tenantFilter: tenant,
			policyId: locator('list', mfaPolicy),
			additionalFields: { state: 'enabledForReportingButNotEnforced' },
		},
		request: {
			method: 'POST',
			endpoint: 'EditCAPolicy',
			body: { tenantFilter: contoso, GUID: mfaPolicy, State: 'enabledForReportingButNotEnforced' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully updated CA policy ${mfaPolicy} state to enabledForReportingButNotEnforced`,
			}),
	},
	updateFromJson: {
		parameters: { tenantFilter: tenant, policyId: locator('id', mfaPolicy), policyBody: '{"displayName": "MFA for everyone", "id": "x"}' },
		request: {
			method: 'POST',
			endpoint: 'ExecEditCAPolicyFull',
			body: { tenantFilter: contoso, PolicyId: mfaPolicy, PolicyBody: { displayName: 'MFA for everyone', id: 'x' } },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully updated CA policy 'MFA for everyone' for ${contoso}` }),
	},
	delete: {
		parameters: { tenantFilter: tenant, policyId: locator('id', blockPolicy) },
		request: { method: 'POST', endpoint: 'RemoveCAPolicy', body: { tenantFilter: contoso, GUID: blockPolicy } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Deleted CA Policy ${blockPolicy}` }),
	},
	addServiceProviderExclusion: {
		parameters: { tenantFilter: tenant, policyId: locator('id', mfaPolicy) },
		request: { method: 'POST', endpoint: 'ExecCAServiceExclusion', body: { tenantFilter: contoso, GUID: mfaPolicy } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully added service provider to policy ${mfaPolicy}` }),
	},
	getManyPolicyChanges: {
		parameters: { tenantFilter: tenant, policyId: locator('id', mfaPolicy), returnAll: true },
		request: { method: 'GET', endpoint: 'ListConditionalAccessPolicyChanges', query: { tenantFilter: contoso, id: mfaPolicy } },
		output: ([item]) => expect(item.json).toMatchObject({ policyId: mfaPolicy, type: 'Add', initiatedBy: `admin@${contoso}` }),
	},
	whatIf: {
		parameters: {
			tenantFilter: tenant,
			userId: locator('id', adeleVance),
			additionalFields: { clientAppType: 'browser', country: 'US' },
			returnAll: true,
		},
		request: {
			method: 'POST',
			endpoint: 'ExecCaCheck',
			body: {
				tenantFilter: contoso,
				userID: { value: adeleVance, label: adeleVance },
				ClientAppType: { value: 'browser', label: 'browser' },
				Country: { value: 'US', label: 'US' },
			},
		},
		output: (items) => {
			expect(items).toHaveLength(2);
			expect(items[0].json).toMatchObject({ id: mfaPolicy, policyApplies: true });
		},
	},
	createTemplateFromJson: {
		parameters: {
			policy: JSON.stringify({
				id: 'a1b2',
				displayName: 'Block device code flow',
				createdDateTime: '2026-01-01T00:00:00Z',
				state: 'enabledForReportingButNotEnforced',
				conditions: { users: { includeUsers: ['All'] }, authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
				grantControls: { operator: 'OR', builtInControls: ['block'] },
			}),
		},
		request: {
			method: 'POST',
			endpoint: 'ExecCreateCATemplate',
			body: {
				displayName: 'Block device code flow',
				state: 'enabledForReportingButNotEnforced',
				conditions: { users: { includeUsers: ['All'] }, authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
				grantControls: { operator: 'OR', builtInControls: ['block'] },
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(/^Successfully created CA template 'Block device code flow' with GUID [0-9a-f-]{36}$/),
				templateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
});

describe('conditional access: state, refusals and look-ups', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	const policies = async () =>
		(await runOperation(sandbox, 'tenant', 'getManyCaPolicies', { tenantFilter: tenant, returnAll: true })).items.map((item) => item.json);

	test('a deployed template, a state change and a deletion show in Tenant → Get Many Conditional Access Policies', async () => {
		const deploy = { tenantFilter: tenant, templateId: locator('id', legacyTemplate), newState: 'disabled' };
		expect((await runOperation(sandbox, 'conditionalAccess', 'deployTemplate', deploy)).error).toBeUndefined();
		const created = (await policies()).find((policy) => policy.displayName === 'Block legacy authentication');
		expect(created).toMatchObject({ state: 'disabled' });
		const again = await runOperation(sandbox, 'conditionalAccess', 'deployTemplate', deploy);
		expect(again.error?.message).toContain('Conditional Access Policy with Display Name Block legacy authentication Already exists');
		const overwrite = await runOperation(sandbox, 'conditionalAccess', 'deployTemplate', {
			...deploy,
			newState: 'donotchange',
			additionalFields: { overwrite: true },
		});
		expect(overwrite.items[0].json).toMatchObject({ status: 'success', message: expect.stringContaining('Updated policy') });
		await runOperation(sandbox, 'conditionalAccess', 'update', {
			tenantFilter: tenant,
			policyId: locator('id', String(created?.id)),
			additionalFields: { state: 'enabled', newDisplayName: 'Block legacy auth' },
		});
		expect((await policies()).find((policy) => policy.id === created?.id)).toMatchObject({
			state: 'enabled',
			displayName: 'Block legacy auth',
		});
		await runOperation(sandbox, 'conditionalAccess', 'delete', { tenantFilter: tenant, policyId: locator('id', String(created?.id)) });
		expect((await policies()).some((policy) => policy.id === created?.id)).toBe(false);
	});

	test('Update with nothing to change is refused before anything is sent', async () => {
		const run = await runOperation(sandbox, 'conditionalAccess', 'update', { tenantFilter: tenant, policyId: locator('id', mfaPolicy) });
		expect(run.error?.message).toContain('nothing to change');
		expect(run.requests).toEqual([]);
	});

	test('an unknown template is not deployed or deleted: the item fails naming it', async () => {
		const unknown = stableGuid('caTemplate/none');
		for (const [operation, parameters] of [
			['deleteTemplate', { templateId: locator('id', unknown) }],
			['deployTemplate', { tenantFilter: tenant, templateId: locator('id', unknown), newState: 'disabled' }],
		] as const) {
			const run = await runOperation(sandbox, 'conditionalAccess', operation, parameters);
			expect(run.error?.message).toContain(`template ${unknown} was not found`);
			expect(run.requests.map((request) => request.endpoint)).toEqual(['ListCAtemplates']);
		}
	});

	test('a template created from a policy is listed and deploys to another tenant', async () => {
		await runOperation(sandbox, 'conditionalAccess', 'createTemplate', { tenantFilter: tenant, policyId: locator('id', mfaPolicy) });
		const listed = await runOperation(sandbox, 'conditionalAccess', 'getManyTemplates', { returnAll: true });
		const created = listed.items.find((item) => item.json.displayName === 'Require MFA for all users');
		expect(created?.json).toMatchObject({ grantControls: { builtInControls: ['mfa'] } });
		const deploy = await runOperation(sandbox, 'conditionalAccess', 'deployTemplate', {
			tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'),
			templateId: locator('id', String(created?.json.GUID)),
			newState: 'disabled',
			additionalFields: { overwrite: true },
		});
		const sent = JSON.parse(
			String((deploy.requests.find((request) => request.endpoint === 'AddCAPolicy')?.body as { RawJSON: string }).RawJSON),
		);
		expect(sent).not.toHaveProperty('tenantFilter');
		expect(sent).not.toHaveProperty('name');
		expect(deploy.items[0].json).toMatchObject({
			status: 'success',
			message: expect.stringContaining('policy Require MFA for all users for fabrikam.onmicrosoft.com'),
		});
	});

	test('a template is not created from a policy the tenant does not have', async () => {
		const run = await runOperation(sandbox, 'conditionalAccess', 'createTemplate', {
			tenantFilter: tenant,
			policyId: locator('id', stableGuid('nope')),
		});
		expect(run.error?.message).toContain('was not found');
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListConditionalAccessPolicies']);
	});

	test('a deleted template is gone from Get Many Templates', async () => {
		await runOperation(sandbox, 'conditionalAccess', 'deleteTemplate', { templateId: locator('id', legacyTemplate) });
		const run = await runOperation(sandbox, 'conditionalAccess', 'getManyTemplates', { returnAll: true });
		expect(run.items.map((item) => item.json.GUID)).not.toContain(legacyTemplate);
	});

	test("the service provider exclusion refuses a policy that does not target all users, in CIPP's words", async () => {
		await runOperation(sandbox, 'conditionalAccess', 'updateFromJson', {
			tenantFilter: tenant,
			policyId: locator('id', mfaPolicy),
			policyBody: JSON.stringify({
				conditions: {
					clientAppTypes: ['all'],
					users: { includeUsers: [adeleVance], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
					applications: { includeApplications: ['All'], excludeApplications: [] },
					locations: null,
				},
			}),
		});
		const run = await runOperation(sandbox, 'conditionalAccess', 'addServiceProviderExclusion', {
			tenantFilter: tenant,
			policyId: locator('id', mfaPolicy),
		});
		expect(run.error?.message).toContain('does not target all users or all guest/external users. No changes made.');
	});

	test("deleting a policy that is gone fails with CIPP's message", async () => {
		const run = await runOperation(sandbox, 'conditionalAccess', 'delete', {
			tenantFilter: tenant,
			policyId: locator('id', stableGuid('nope')),
		});
		expect(run.error?.message).toContain('Could not delete CA policy');
	});
});

describe('conditionalAccess: templates from JSON', () => {
	const currentSandbox = sandboxPerFile();

	test('a template created from JSON is listed by Get Many Templates under the templateId the item carries', async () => {
		const sandbox = currentSandbox();
		const policy = {
			displayName: 'Require compliant device',
			state: 'enabled',
			grantControls: { operator: 'OR', builtInControls: ['compliantDevice'] },
		};
		const created = await runOperation(sandbox, 'conditionalAccess', 'createTemplateFromJson', { policy });
		const templateId = created.items[0].json.templateId;
		const listed = await runOperation(sandbox, 'conditionalAccess', 'getManyTemplates', { returnAll: true });
		expect(listed.items.find((item) => item.json.GUID === templateId)?.json).toMatchObject(policy);
	});

	test('JSON without a displayName is refused before sending', async () => {
		const run = await runOperation(currentSandbox(), 'conditionalAccess', 'createTemplateFromJson', { policy: '{"state": "enabled"}' });
		expect(run.requests).toEqual([]);
		expect(run.error?.message).toContain('displayName');
	});
});
