import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';

const contoso = 'contoso.onmicrosoft.com';
const fabrikam = 'fabrikam.onmicrosoft.com';
const contosoId = fixtures.tenantIds.contoso;
const tenant = (domain: string) => locator('domain', domain);
const mfaPolicy = stableGuid(`${contosoId}/caPolicy/Require MFA for all users`);
const officeLocation = stableGuid(`${contosoId}/namedLocation/office`);
const baseline = stableGuid('standards/baseline');
const manualTemplate = stableGuid('standards/security');
const { adeleVance } = fixtures.userIds;

/** Tenant.Standards.ReadWrite is withheld from CIPP's editor role: those examples run as the admin client. */
describeCatalogue('tenant', {
	resetPasswords: {
		parameters: {
			tenantFilter: tenant(contoso),
			target: 'userList',
			userPrincipalNames: 'adele.vance@contoso.onmicrosoft.com',
			dryRun: false,
			// The list of users, then the reset alone; the safe steps are tested in test/workflow/tenantReset.test.ts.
			revokeSessions: false,
			verifyReset: false,
			allowPrivilegedAccounts: true,
		},
		request: { method: 'POST', endpoint: 'ExecResetPass', body: { tenantFilter: contoso, ID: 'adele.vance@contoso.onmicrosoft.com', MustChange: true } },
		calls: ['ListGraphRequest', 'ExecResetPass'],
		output: ([item]) => expect(item.json).toMatchObject({ status: 'success', userId: 'adele.vance@contoso.onmicrosoft.com', temporaryPassword: expect.any(String) }),
	},
	get: {
		parameters: { tenantFilter: tenant(contoso) },
		request: { method: 'GET', endpoint: 'ListTenantDetails', query: { tenantFilter: contoso } },
		output: ([item]) => expect(item.json.displayName).toBe('Contoso Ltd'),
	},
	getAll: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenants' },
		output: (items) => expect(items.map((item) => item.json.defaultDomainName)).toContain(contoso),
	},
	update: {
		parameters: { customerId: contosoId, tenantAlias: 'Contoso (Head Office)', additionalFields: { tenantGroups: '[]' } },
		request: { method: 'POST', endpoint: 'EditTenant', body: { customerId: contosoId, tenantAlias: 'Contoso (Head Office)', tenantGroups: [] } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Tenant details updated successfully' }),
	},
	clearCache: {
		parameters: { tenantsOnly: true },
		request: { method: 'POST', endpoint: 'ListTenants', body: { ClearCache: true, TenantsOnly: true } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'queued', message: 'Cache has been cleared and a tenant refresh is queued.', followUp: expect.any(String) }),
	},
	runStandards: {
		client: 'admin',
		parameters: { tenantFilter: tenant(contoso), templateId: baseline },
		request: { method: 'GET', endpoint: 'ExecStandardsRun', query: { tenantFilter: contoso, templateId: baseline } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: `Successfully started Standards Run for tenant: ${contoso} - Template: MSP Baseline (${baseline})`,
			}),
	},
	getManyStandards: {
		parameters: { tenantFilter: tenant(fabrikam), showConsolidated: false, returnAll: true },
		request: { method: 'GET', endpoint: 'ListStandards', query: { tenantFilter: fabrikam, ShowConsolidated: 'false' } },
		output: ([item]) => expect(item.json).toMatchObject({ displayName: fabrikam, StandardsExport: expect.stringContaining('AuditLog') }),
	},
	getManyStandardTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'listStandardTemplates' },
		output: (items) => expect(items.map((item) => item.json.templateName)).toEqual(['MSP Baseline', 'Security Hardening (manual)']),
	},
	deleteStandardTemplate: {
		client: 'admin',
		parameters: { templateId: locator('list', manualTemplate) },
		request: { method: 'POST', endpoint: 'RemoveStandardTemplate', body: { ID: manualTemplate } },
		output: ([item]) => expect(item.json.message).toBe(`Removed Standards Template named: 'Security Hardening (manual)' with id: ${manualTemplate}`),
	},
	createAlert: {
		parameters: {
			tenants: `${contoso}, ${fabrikam}`,
			logbook: 'Audit.Exchange',
			conditions: '[{"Property": {"value": "String", "label": "Operation"}, "Operator": {"value": "eq", "label": "Equals to"}, "Input": {"value": "Set-Mailbox"}}]',
			actions: ['generatemail', 'generateWebhook'],
			additionalFields: { alertComment: 'Mailbox changes', excludedTenants: fabrikam },
		},
		request: {
			method: 'POST',
			endpoint: 'AddAlert',
			body: {
				tenantFilter: [
					{ value: contoso, label: contoso },
					{ value: fabrikam, label: fabrikam },
				],
				logbook: { value: 'Audit.Exchange', label: 'Audit.Exchange' },
				conditions: [{ Property: { value: 'String', label: 'Operation' }, Operator: { value: 'eq', label: 'Equals to' }, Input: { value: 'Set-Mailbox' } }],
				actions: [
					{ value: 'generatemail', label: 'Send an Email' },
					{ value: 'generateWebhook', label: 'Send to the Webhook' },
				],
				AlertComment: 'Mailbox changes',
				excludedTenants: [{ value: fabrikam, label: fabrikam }],
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe('Added Audit Log Alert for 2 tenants. It may take up to four hours before Microsoft starts delivering these alerts.'),
	},
	getManyAlerts: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListAlertsQueue' },
		output: (items) => expect(items.map((item) => item.json.EventType)).toEqual(expect.arrayContaining(['Audit log Alert', 'Scheduled Task'])),
	},
	getManyAuditLogs: {
		parameters: { tenantFilter: tenant(contoso), additionalFields: { relativeTime: '7d' }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAuditLogs', query: { tenantFilter: contoso, RelativeTime: '7d' } },
		output: ([item]) => expect(item.json).toMatchObject({ Tenant: contoso, Title: expect.stringContaining('New Rule Detected') }),
	},
	getManyCaPolicies: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListConditionalAccessPolicies', query: { tenantFilter: contoso } },
		output: (items) => expect(items.map((item) => item.json.displayName)).toContain('Require MFA for all users'),
	},
	setCaExclusion: {
		parameters: { tenantFilter: tenant(contoso), policyId: mfaPolicy, userId: locator('id', adeleVance), exclusionType: 'Add' },
		request: { method: 'POST', endpoint: 'ExecCAExclusion', body: { tenantFilter: contoso, PolicyId: mfaPolicy, UserID: adeleVance, ExclusionType: 'Add' } },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'success', message: expect.stringContaining(`Added the exclusion of ${adeleVance}`) }),
	},
	getManyNamedLocations: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListNamedLocations', query: { tenantFilter: contoso } },
		output: (items) => expect(items.map((item) => item.json.rangeOrLocation)).toEqual(['198.51.100.0/24', 'US']),
	},
	createNamedLocation: {
		parameters: {
			tenantFilter: tenant(fabrikam),
			policyName: 'Branch Office',
			type: 'IPLocation',
			additionalFields: { ips: '203.0.113.0/24\n192.0.2.0/24', trusted: true },
		},
		request: {
			method: 'POST',
			endpoint: 'AddNamedLocation',
			body: {
				selectedTenants: { value: fabrikam, label: fabrikam },
				policyName: 'Branch Office',
				Type: 'IPLocation',
				Ips: '203.0.113.0/24\n192.0.2.0/24',
				Trusted: true,
			},
		},
		output: ([item]) => expect(item.json.message).toBe(`Successfully added Named Location for ${fabrikam}`),
	},
	updateNamedLocation: {
		parameters: { tenantFilter: tenant(contoso), namedLocationId: officeLocation, change: 'addIp', input: '203.0.113.0/24' },
		request: {
			method: 'POST',
			endpoint: 'ExecNamedLocation',
			body: { tenantFilter: contoso, namedLocationId: officeLocation, change: 'addIp', input: { value: '203.0.113.0/24', label: '203.0.113.0/24' } },
		},
		output: ([item]) => expect(item.json.message).toBe('Edited named location: Head Office. Change: addIp with content 203.0.113.0/24'),
	},
	getDirectorySyncStatus: {
		parameters: { tenantFilter: tenant(contoso), dataToReturn: 'AzureADConnectSettings' },
		request: { method: 'GET', endpoint: 'ListAzureADConnectStatus', query: { tenantFilter: contoso, DataToReturn: 'AzureADConnectSettings' } },
		output: ([item]) => expect(item.json).toMatchObject({ dirSyncEnabled: true, numberOfHoursFromLastSync: '2026-08-20T06:31:12Z' }),
	},
	getManyRoles: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListRoles', query: { tenantFilter: contoso } },
		output: (items) => expect(items.find((item) => item.json.DisplayName === 'Global Administrator')?.json.MemberCount).toBeGreaterThan(0),
	},
	getManyCspLicenses: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListCSPLicenses', query: { tenantFilter: contoso } },
		output: (items) => expect(items.map((item) => item.json.productName)).toContain('Microsoft 365 Business Premium'),
	},
	getManySharedMailboxStatistics: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListSharedMailboxStatistics', query: { tenantFilter: contoso } },
		output: (items) => expect(items.map((item) => item.json.PrimarySmtpAddress)).toEqual([`info@${contoso}`, `accounts@${contoso}`]),
	},
});

describe('tenant operations: follow-ups and failures', () => {
	let sandbox: CippSandbox;
	beforeAll(async () => {
		sandbox = await CippSandbox.start();
	});
	afterAll(async () => sandbox.stop());

	test('Run Standards as an editor: CIPP refuses the permission, and the error names it', async () => {
		const run = await runOperation(sandbox, 'tenant', 'runStandards', { tenantFilter: tenant(contoso) });
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Tenant\.Standards\.ReadWrite/);
	});

	test('Run Standards: a start failure CIPP reports with HTTP 200 fails the item', async () => {
		const run = await runOperation(sandbox, 'tenant', 'runStandards', { tenantFilter: tenant('unknown.onmicrosoft.com') }, [{}], 'admin');
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to start standards run for tenant: unknown\.onmicrosoft\.com/);
	});

	test('Update: the alias shows in Get Many, and an empty alias restores the name', async () => {
		await runOperation(sandbox, 'tenant', 'update', { customerId: contosoId, tenantAlias: 'Contoso HQ' });
		let list = await runOperation(sandbox, 'tenant', 'getAll', { returnAll: true });
		expect(list.items.find((item) => item.json.customerId === contosoId)?.json.displayName).toBe('Contoso HQ');
		await runOperation(sandbox, 'tenant', 'update', { customerId: contosoId, tenantAlias: '' });
		list = await runOperation(sandbox, 'tenant', 'getAll', { returnAll: true });
		expect(list.items.find((item) => item.json.customerId === contosoId)?.json.displayName).toBe('Contoso Ltd');
	});

	test('Set Conditional Access Exclusion: an unknown policy fails the item although CIPP answers 200', async () => {
		const unknown = '00000000-0000-4000-8000-000000000001';
		const run = await runOperation(sandbox, 'tenant', 'setCaExclusion', {
			tenantFilter: tenant(contoso), policyId: unknown, userId: locator('id', adeleVance), exclusionType: 'Add',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to perform exclusion for .*does not exist/);
	});

	test('Set Conditional Access Exclusion in vacation mode is queued, with Unix-second dates', async () => {
		const run = await runOperation(sandbox, 'tenant', 'setCaExclusion', {
			tenantFilter: tenant(contoso),
			policyId: mfaPolicy,
			userId: locator('id', adeleVance),
			exclusionType: 'Add',
			additionalFields: { vacation: true, startDate: '2026-12-20T00:00:00Z', endDate: '2027-01-04T00:00:00Z' },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toMatchObject({ vacation: true, StartDate: 1797724800, EndDate: 1799020800 });
		expect(run.items[0].json).toMatchObject({ status: 'queued', message: expect.stringContaining("vacation mode schedule for adele.vance@contoso.onmicrosoft.com on policy 'Require MFA for all users'") });
	});

	test('Create Named Location, then Get Many Named Locations lists it', async () => {
		await runOperation(sandbox, 'tenant', 'createNamedLocation', {
			tenantFilter: tenant(fabrikam), policyName: 'Travel', type: 'CountryLocation', additionalFields: { countries: 'fr, de' },
		});
		const list = await runOperation(sandbox, 'tenant', 'getManyNamedLocations', { tenantFilter: tenant(fabrikam), returnAll: true });
		expect(list.items.find((item) => item.json.displayName === 'Travel')?.json.rangeOrLocation).toBe('FR, DE');
	});

	test('Get Many CSP Licenses: a tenant not mapped in Sherweb fails with CIPP\'s hint', async () => {
		const run = await runOperation(sandbox, 'tenant', 'getManyCspLicenses', { tenantFilter: tenant(fabrikam), returnAll: true });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Sherweb integration/);
	});
});
