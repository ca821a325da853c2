import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { alertRuleCovers } from '../sandbox/endpoints/catalogue/tenant/alerts';
import { findOperation } from '../../nodes/Cipp/actions/operations';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const fabrikam = 'fabrikam.onmicrosoft.com';
const contosoId = fixtures.tenantIds.contoso;
const tenant = (domain: string) => locator('domain', domain);
const mfaPolicy = stableGuid(`${contosoId}/caPolicy/Require MFA for all users`);
const officeLocation = stableGuid(`${contosoId}/namedLocation/office`);
const baseline = stableGuid('standards/baseline');
const manualTemplate = stableGuid('standards/security');
const { adeleVance } = fixtures.userIds;

const vacation = {
	tenantFilter: tenant(contoso),
	policyId: mfaPolicy,
	userId: locator('id', adeleVance),
	exclusionType: 'Add',
	additionalFields: { vacation: true, startDate: '2026-12-20T00:00:00Z', endDate: '2027-01-04T00:00:00Z' },
};

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
		request: {
			method: 'POST',
			endpoint: 'ExecResetPass',
			body: { tenantFilter: contoso, ID: 'adele.vance@contoso.onmicrosoft.com', MustChange: true },
		},
		calls: ['ListGraphRequest', 'ExecResetPass'],
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				userId: 'adele.vance@contoso.onmicrosoft.com',
				temporaryPassword: expect.any(String),
			}),
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
		request: {
			method: 'POST',
			endpoint: 'EditTenant',
			body: { customerId: contosoId, tenantAlias: 'Contoso (Head Office)', tenantGroups: [] },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Tenant details updated successfully' }),
	},
	clearCache: {
		parameters: { tenantsOnly: true },
		request: { method: 'POST', endpoint: 'ListTenants', body: { ClearCache: true, TenantsOnly: true } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: 'Cache has been cleared and a tenant refresh is queued.',
				followUp: expect.any(String),
			}),
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
		output: ([item]) =>
			expect(item.json.message).toBe(`Removed Standards Template named: 'Security Hardening (manual)' with id: ${manualTemplate}`),
	},
	createAlert: {
		parameters: {
			tenants: `${contoso}, ${fabrikam}`,
			logbook: 'Audit.Exchange',
			conditions:
				'[{"Property": {"value": "String", "label": "Operation"}, "Operator": {"value": "eq", "label": "Equals to"}, "Input": {"value": "Set-Mailbox"}}]',
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
				conditions: [
					{
						Property: { value: 'String', label: 'Operation' },
						Operator: { value: 'eq', label: 'Equals to' },
						Input: { value: 'Set-Mailbox' },
					},
				],
				actions: [
					{ value: 'generatemail', label: 'Send an Email' },
					{ value: 'generateWebhook', label: 'Send to the Webhook' },
				],
				AlertComment: 'Mailbox changes',
				excludedTenants: [{ value: fabrikam, label: fabrikam }],
			},
		},
		output: ([item]) =>
			expect(item.json.message).toBe(
				'Added Audit Log Alert for 2 tenants. It may take up to four hours before Microsoft starts delivering these alerts.',
			),
	},
	getManyAlerts: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListAlertsQueue' },
		output: (items) =>
			expect(items.map((item) => item.json.EventType)).toEqual(expect.arrayContaining(['Audit log Alert', 'Scheduled Task'])),
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
		request: {
			method: 'POST',
			endpoint: 'ExecCAExclusion',
			body: { tenantFilter: contoso, PolicyId: mfaPolicy, UserID: adeleVance, ExclusionType: 'Add' },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'success', message: expect.stringContaining(`Added the exclusion of ${adeleVance}`) }),
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
			body: {
				tenantFilter: contoso,
				namedLocationId: officeLocation,
				change: 'addIp',
				input: { value: '203.0.113.0/24', label: '203.0.113.0/24' },
			},
		},
		output: ([item]) => expect(item.json.message).toBe('Edited named location: Head Office. Change: addIp with content 203.0.113.0/24'),
	},
	getDirectorySyncStatus: {
		parameters: { tenantFilter: tenant(contoso), dataToReturn: 'AzureADConnectSettings' },
		request: {
			method: 'GET',
			endpoint: 'ListAzureADConnectStatus',
			query: { tenantFilter: contoso, DataToReturn: 'AzureADConnectSettings' },
		},
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
	getOrganization: {
		parameters: { tenantFilter: tenant(contoso) },
		request: { method: 'GET', endpoint: 'ListOrg', query: { tenantFilter: contoso } },
		output: ([item]) => expect(item.json).toMatchObject({ id: contosoId, displayName: 'Contoso Ltd', city: 'Redmond' }),
	},
	getManyOffboardable: {
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ListOffboardTenants' },
		output: (items) => {
			expect(items.map((item) => item.json.defaultDomainName)).toContain(contoso);
			const names = items.map((item) => String(item.json.displayName));
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		},
	},
	updateSecureScoreControl: {
		parameters: {
			tenantFilter: tenant(contoso),
			controlName: 'AdminMFAV2',
			resolutionType: 'ThirdParty',
			additionalFields: { reason: 'Duo MFA' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecUpdateSecureScore',
			body: {
				TenantFilter: contoso,
				ControlName: 'AdminMFAV2',
				resolutionType: { label: 'ThirdParty', value: 'ThirdParty' },
				reason: 'Duo MFA',
				vendorInformation: { provider: 'SecureScore', providerVersion: null, subProvider: null, vendor: 'Microsoft' },
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully set control AdminMFAV2 to ThirdParty' }),
	},
	getManyPartnerRelationships: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListPartnerRelationships', query: { tenantFilter: contoso } },
		output: (items) => expect(items[0].json).toMatchObject({ Tenant: contoso, TenantInfo: { displayName: 'Partner 1' } }),
	},
	getManyServiceIssues: {
		parameters: { tenantFilter: locator('list', 'AllTenants'), returnAll: true },
		request: { method: 'GET', endpoint: 'ListServiceHealth', query: { tenantFilter: 'AllTenants' } },
		output: (items) => {
			expect(new Set(items.map((item) => item.json.DefaultDomainName)).has(contoso)).toBe(true);
			expect(items[0].json).toMatchObject({ issueId: 'EX900100', service: 'Exchange Online' });
		},
	},
	getManyOAuthApps: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListOAuthApps', query: { tenantFilter: contoso } },
		output: (items) => expect(items.map((item) => item.json.Name)).toEqual(['Zoom', 'Miro']),
	},
	getUsageReport: {
		parameters: {
			tenantFilter: tenant(contoso),
			additionalFields: { report: 'getOffice365ActiveUserDetail', period: 'D7' },
			returnAll: true,
		},
		request: {
			method: 'GET',
			endpoint: 'ListGraphReports',
			query: { tenantFilter: contoso, report: 'getOffice365ActiveUserDetail', period: 'D7' },
		},
		output: (items) => expect(items[0].json).toMatchObject({ userPrincipalName: 'user0@contoso.com', hasExchangeLicense: true }),
	},
	setAuthMethod: {
		parameters: { tenantFilter: tenant(contoso), methodId: 'SMS', state: 'disabled' },
		request: { method: 'POST', endpoint: 'SetAuthMethod', body: { tenantFilter: contoso, Id: 'SMS', state: 'disabled' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Set SMS state to disabled ' }),
	},
	refreshCpvPermissions: {
		client: 'admin',
		parameters: { tenantFilter: tenant(contoso), additionalFields: { resetSP: true } },
		calls: ['ListTenants', 'ExecCPVPermissions'],
		request: { method: 'POST', endpoint: 'ExecCPVPermissions', query: { ResetSP: 'true' }, body: { tenantFilter: contosoId } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(
					/^Deleted Service Principal from (.+) Successfully added CPV Application to tenant \1 Added 0 Application permissions/,
				),
			}),
	},
});

describe('tenant operations: follow-ups and failures', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('Update Secure Score Control: CIPP refuses a Defender (scid_) control with HTTP 400, and the item fails with its words', async () => {
		const run = await runOperation(
			sandbox,
			'tenant',
			'updateSecureScoreControl',
			{ tenantFilter: tenant(contoso), controlName: 'scid_2000', resolutionType: 'Ignored' },
			[{}],
			'admin',
		);
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Defender controls cannot be updated via this API/);
	});

	test('Run Standards as an editor: CIPP refuses the permission, and the error names it', async () => {
		const run = await runOperation(sandbox, 'tenant', 'runStandards', { tenantFilter: tenant(contoso) });
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Tenant\.Standards\.ReadWrite/);
	});

	test('Run Standards: an unknown template ID, which CIPP answers "Successfully started … Template:  ()", fails the item', async () => {
		const unknown = '00000000-0000-4000-8000-0000000000dd';
		const run = await runOperation(
			sandbox,
			'tenant',
			'runStandards',
			{ tenantFilter: tenant(contoso), templateId: unknown },
			[{}],
			'admin',
		);
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain(`No standards template has the ID ${unknown}, so CIPP started a run with nothing in it`);
	});

	test('Delete Standard Template: an unknown ID, which CIPP answers "Removed … named: \'\'", fails the item', async () => {
		const unknown = '00000000-0000-4000-8000-0000000000ee';
		const run = await runOperation(sandbox, 'tenant', 'deleteStandardTemplate', { templateId: locator('id', unknown) }, [{}], 'admin');
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain(`No standards template has the ID ${unknown}, so nothing was removed`);
	});

	test('Get Many Conditional Access Policies for AllTenants while CIPP fills its cache: one "loading" item, not an empty list', async () => {
		const run = await runOperation(sandbox, 'tenant', 'getManyCaPolicies', {
			tenantFilter: locator('list', 'AllTenants'),
			returnAll: true,
		});
		expect(run.items.map((item) => item.json)).toEqual([
			expect.objectContaining({
				status: 'loading',
				message: 'Loading data for all tenants. Please check back in a few minutes',
				queueId: expect.any(String),
			}),
		]);
	});

	test.each([
		['Get Many Audit Logs', 'getManyAuditLogs', { returnAll: true }],
		['Get Many Standards (legacy view)', 'getManyStandards', { showConsolidated: false, returnAll: true }],
	])(
		'%s: a tenant ID, which CIPP would match against default domains and so list nothing, is refused before sending',
		async (_name, operation, parameters) => {
			const run = await runOperation(sandbox, 'tenant', operation, { tenantFilter: locator('id', contosoId), ...parameters });
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toMatch(/is a tenant ID, but CIPP('s legacy standards view)? matches/);
		},
	);

	test('Get Many Standards, consolidated: a tenant ID works (CIPP resolves it), and no tenant means every tenant', async () => {
		const byId = await runOperation(
			sandbox,
			'tenant',
			'getManyStandards',
			{ tenantFilter: locator('id', contosoId), showConsolidated: true, returnAll: true },
			[{}],
			'admin',
		);
		expect(byId.items.length).toBeGreaterThan(0);
		const every = await runOperation(sandbox, 'tenant', 'getManyStandards', { showConsolidated: true, returnAll: true }, [{}], 'admin');
		expect(every.requests[0].query).toMatchObject({ tenantFilter: 'AllTenants' });
		expect(every.items.map((item) => item.json.Tenant)).toEqual(expect.arrayContaining([contoso, fabrikam]));
	});

	test("Get Many: CIPP's failed tenant list (HTTP 200, one row with empty IDs) fails the item instead of being a tenant", async () => {
		sandbox.injectFault({
			endpoint: 'ListTenants',
			status: 200,
			times: 1,
			body: [
				{
					Results: 'Failed to retrieve tenants: The partner token has expired',
					defaultDomainName: '',
					displayName: 'Failed to retrieve tenants. Perform a permission check.',
					customerId: '',
				},
			],
		});
		const run = await runOperation(sandbox, 'tenant', 'getAll', { returnAll: true });
		expect(run.items).toHaveLength(0);
		expect(run.error?.message).toMatch(
			/Failed to retrieve tenants: The partner token has expired\. Failed to retrieve tenants\. Perform a permission check\./,
		);
	});

	test('Get Directory Sync Status: only the objects with provisioning errors, though CIPP answers every object', async () => {
		const objects = await runOperation(sandbox, 'tenant', 'getDirectorySyncStatus', {
			tenantFilter: tenant(contoso),
			dataToReturn: 'AzureADObjectsInError',
		});
		expect(objects.items).toHaveLength(1);
		expect(objects.items[0].json.onPremisesProvisioningErrors).toEqual([expect.objectContaining({ category: 'PropertyConflict' })]);
		const both = await runOperation(sandbox, 'tenant', 'getDirectorySyncStatus', { tenantFilter: tenant(contoso), dataToReturn: '' });
		expect(both.items[0].json.ObjectsInError).toHaveLength(1);
	});

	test('Get Many Shared Mailbox Statistics: the editor says CIPP silently ends the list at a mailbox it cannot read', () => {
		const tenantField = findOperation('tenant', 'getManySharedMailboxStatistics')?.parameters[0].property;
		expect(tenantField?.description).toMatch(/CIPP stops there and answers the mailboxes read so far, without an error/);
	});

	test('Get Many Shared Mailbox Statistics: where one mailbox cannot be read, CIPP answers HTTP 200 with only the mailboxes before it', async () => {
		const run = await runOperation(sandbox, 'tenant', 'getManySharedMailboxStatistics', {
			tenantFilter: tenant(fabrikam),
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.items.map((item) => item.json.PrimarySmtpAddress)).toEqual([`info@${fabrikam}`]);
	});

	test('Update: a Tenant Groups entry without a groupId, which CIPP would skip silently, is refused before sending', async () => {
		const run = await runOperation(sandbox, 'tenant', 'update', {
			customerId: contosoId,
			tenantAlias: 'Contoso',
			additionalFields: { tenantGroups: '[{"groupName": "Managed Services"}]' },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Invalid "Tenant Groups".*has no groupId; CIPP would skip it/);
	});

	test.each([
		[
			'removing an IP range the location does not have',
			{ change: 'removeIp', input: '192.0.2.0/24' },
			/192\.0\.2\.0\/24 is not in the named location "Head Office", so there is nothing to remove/,
			1,
		],
		['a rename without a value', { change: 'rename' }, /Invalid "Value".*"rename" needs a value/, 0],
	])('Update Named Location: %s fails instead of CIPP\'s "Edited"', async (_case, given, expected, requests) => {
		const run = await runOperation(sandbox, 'tenant', 'updateNamedLocation', {
			tenantFilter: tenant(contoso),
			namedLocationId: officeLocation,
			...given,
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(requests ? ['ListNamedLocations'] : []);
		expect(run.error?.message).toMatch(expected);
	});

	test('Update: Tenant Groups adds static memberships, skips dynamic groups, and removes unlisted static ones only for a non-empty list', async () => {
		const [managed, eu, premium] = ['Managed Services', 'EU Customers', 'Business Premium'].map((name) =>
			stableGuid(`cipp/tenantGroup/${name}`),
		);
		const update = async (groups: Array<{ groupId: string; groupName: string }>) => {
			const run = await runOperation(sandbox, 'tenant', 'update', {
				customerId: contosoId,
				tenantAlias: '',
				additionalFields: { tenantGroups: JSON.stringify(groups) },
			});
			expect(run.error).toBeUndefined();
		};
		const memberships = async () => {
			const run = await runOperation(sandbox, 'tool', 'batch', {
				requests: JSON.stringify([{ id: '1', method: 'GET', url: 'ListTenantGroups', query: {} }]),
			});
			const groups = (run.items[0].json.body as { Results: Array<{ Name: string; Members: Array<{ customerId: string }> }> }).Results;
			return groups.filter((group) => group.Members.some((member) => member.customerId === contosoId)).map((group) => group.Name);
		};
		await update([
			{ groupId: managed, groupName: 'Managed Services' },
			{ groupId: premium, groupName: 'Business Premium' },
		]);
		expect(await memberships()).toEqual(['Managed Services']);
		await update([{ groupId: eu, groupName: 'EU Customers' }]);
		expect(await memberships()).toEqual(['EU Customers']);
		await update([]);
		expect(await memberships()).toEqual(['EU Customers']);
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
			tenantFilter: tenant(contoso),
			policyId: unknown,
			userId: locator('id', adeleVance),
			exclusionType: 'Add',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to perform exclusion for .*does not exist/);
	});

	test('Set Conditional Access Exclusion in vacation mode is queued, with Unix-second dates', async () => {
		const run = await runOperation(sandbox, 'tenant', 'setCaExclusion', vacation);
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toMatchObject({ vacation: true, StartDate: 1797724800, EndDate: 1799020800 });
		expect(run.items[0].json).toMatchObject({
			status: 'queued',
			message: expect.stringContaining(
				"vacation mode schedule for adele.vance@contoso.onmicrosoft.com on policy 'Require MFA for all users'",
			),
		});
	});

	test('Create Alert: CIPP matches rules by default domain, so a rule by domain covers the tenant and its exclusion holds', async () => {
		const run = await runOperation(sandbox, 'tenant', 'createAlert', {
			tenants: 'AllTenants',
			logbook: 'Audit.Exchange',
			actions: ['generatemail'],
			additionalFields: { excludedTenants: fabrikam },
		});
		expect(run.error).toBeUndefined();
		const rule = run.requests[0].body as { tenantFilter: unknown; excludedTenants: unknown };
		expect(alertRuleCovers(rule, contoso)).toBe(true);
		expect(alertRuleCovers(rule, fabrikam)).toBe(false);
	});

	test.each([
		['Tenants', { tenants: contosoId }],
		['Excluded Tenants', { tenants: 'AllTenants', additionalFields: { excludedTenants: fixtures.tenantIds.fabrikam } }],
	])('Create Alert: a tenant ID in %s is refused before sending (CIPP would store it and never match it)', async (field, given) => {
		const run = await runOperation(sandbox, 'tenant', 'createAlert', { logbook: 'Audit.Exchange', actions: ['generatemail'], ...given });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toContain(`Invalid "${field}"`);
		expect(run.error?.message).toMatch(/is a tenant ID, but CIPP matches this by the tenant's default domain/);
	});

	test.each([
		[
			'without End Date',
			{ exclusionType: 'Add', additionalFields: { vacation: true, startDate: '2026-12-20T00:00:00Z' } },
			/"End Date".*removed at once/,
		],
		[
			'without Start Date',
			{ exclusionType: 'Add', additionalFields: { vacation: true, endDate: '2027-01-04T00:00:00Z' } },
			/"Start Date".*start at once/,
		],
		[
			'with Exclusion Remove',
			{ exclusionType: 'Remove', additionalFields: { vacation: true, startDate: '2026-12-20T00:00:00Z', endDate: '2027-01-04T00:00:00Z' } },
			/"Exclusion".*ignores Exclusion "Remove"/,
		],
	])('Set Conditional Access Exclusion in vacation mode %s is refused before sending', async (_case, given, expected) => {
		const run = await runOperation(sandbox, 'tenant', 'setCaExclusion', {
			tenantFilter: tenant(contoso),
			policyId: mfaPolicy,
			userId: locator('id', adeleVance),
			...given,
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(expected);
	});

	test('Set Conditional Access Exclusion in vacation mode: several vacation groups of one name are a warning, not a failure (the tasks were scheduled)', async () => {
		const vacationGroup = 'Vacation Exclusion - Require MFA for all users';
		for (const username of ['vacation1', 'vacation2']) {
			await runOperation(sandbox, 'group', 'create', {
				tenantFilter: tenant(contoso),
				displayName: vacationGroup,
				username,
				groupType: 'generic',
			});
		}
		const run = await runOperation(sandbox, 'tenant', 'setCaExclusion', vacation);
		expect(run.error).toBeUndefined();
		expect(run.items[0].json).toMatchObject({
			status: 'warning',
			message: expect.stringContaining('Successfully added vacation mode schedule'),
			warning: expect.stringMatching(/^Failed to find a unique vacation group for policy 'Require MFA for all users'/),
		});
	});

	test('Create Named Location, then Get Many Named Locations lists it', async () => {
		await runOperation(sandbox, 'tenant', 'createNamedLocation', {
			tenantFilter: tenant(fabrikam),
			policyName: 'Travel',
			type: 'CountryLocation',
			additionalFields: { countries: 'fr, de' },
		});
		const list = await runOperation(sandbox, 'tenant', 'getManyNamedLocations', { tenantFilter: tenant(fabrikam), returnAll: true });
		expect(list.items.find((item) => item.json.displayName === 'Travel')?.json.rangeOrLocation).toBe('FR, DE');
	});

	test("Get Many CSP Licenses: a tenant not mapped in Sherweb fails with CIPP's hint", async () => {
		const run = await runOperation(sandbox, 'tenant', 'getManyCspLicenses', { tenantFilter: tenant(fabrikam), returnAll: true });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Sherweb integration/);
	});
});
