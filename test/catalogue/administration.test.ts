// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';
import { cippSettingsExamples } from './administrationSettings.examples';
import { customDataExamples } from './administration-customData.examples';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString();
const yyyymmdd = (iso: string) => iso.slice(0, 10).replace(/-/g, '');
const seededBackup = `CIPPBackup_${day(-1).slice(0, 10)}-0400`;
const vacationTask = stableGuid('scheduled-task/Vacation mode: lynne.robbins@fabrikam.onmicrosoft.com');
const halo = {
	Enabled: true,
	ResourceURL: 'https://northstar.halopsa.com/api',
	ClientID: 'b3c1c0de-0000-4000-a000-000000000001',
	Tenant: 'northstar',
	APIKey: 'SentToKeyVault',
};
const hudu = { Enabled: true, BaseURL: 'https://docs.northstarit.com', APIKey: 'hudu-key-9f8e7d' };

/** CIPP.AppSettings.* is withheld from CIPP's editor role: those examples run as the admin client. */

const contosoId = fixtures.tenantIds.contoso;
const fabrikamId = fixtures.tenantIds.fabrikam;
const tenantGroup = (name: string) => stableGuid(`cipp/tenantGroup/${name}`);

describeCatalogue('administration', {
	saveExtensionMapping: {
		parameters: {
			addMapping: 'HaloPSA',
			mappingRows: JSON.stringify([{ TenantId: contosoId, IntegrationId: '12', IntegrationName: 'Contoso Ltd' }]),
		},
		request: {
			method: 'POST',
			endpoint: 'ExecExtensionMapping',
			query: { AddMapping: 'HaloPSA' },
			body: [{ TenantId: contosoId, IntegrationId: '12', IntegrationName: 'Contoso Ltd' }],
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully edited mapping table.' }),
	},
	getManyLogs: {
		parameters: { additionalFields: { startDate: day(-1), endDate: day(0), severity: ['Error', 'Alert'] }, returnAll: true },
		request: {
			method: 'GET',
			endpoint: 'ListLogs',
			query: { Filter: 'true', StartDate: yyyymmdd(day(-1)), EndDate: yyyymmdd(day(0)), Severity: 'Error,Alert' },
		},
		output: (items) => {
			expect(items.map((item) => item.json.Severity).sort()).toEqual(['Alert', 'Error']);
			expect(items.find((item) => item.json.Severity === 'Error')?.json.Tenant).toBe('northwind.onmicrosoft.com');
		},
	},
	getManyScheduledItems: {
		parameters: { additionalFields: { type: 'Invoke-CIPPOffboardingJob', tenantFilter: 'contoso.onmicrosoft.com' }, returnAll: true },
		request: {
			method: 'GET',
			endpoint: 'ListScheduledItems',
			query: { Type: 'Invoke-CIPPOffboardingJob', tenantFilter: 'contoso.onmicrosoft.com' },
		},
		output: ([item, ...rest]) => {
			expect(rest).toHaveLength(0);
			expect(item.json).toMatchObject({
				Name: 'Offboarding: pradeep.gupta@contoso.onmicrosoft.com',
				TaskState: 'Completed',
				Tenant: { value: 'contoso.onmicrosoft.com' },
			});
		},
	},
	deleteScheduledItem: {
		parameters: { taskId: vacationTask },
		request: { method: 'POST', endpoint: 'RemoveScheduledItem', body: { id: vacationTask } },
		calls: ['ListScheduledItems', 'RemoveScheduledItem'],
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Task removed successfully.' }),
	},
	getManyBackups: {
		parameters: { additionalFields: { nameOnly: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecListBackup', query: { NameOnly: 'true' } },
		output: (items) => expect(items.map((item) => item.json.BackupName)).toContain(seededBackup),
	},
	runBackup: {
		client: 'admin',
		parameters: {},
		request: { method: 'POST', endpoint: 'ExecRunBackup' },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Created backup' }),
	},
	restoreBackup: {
		client: 'admin',
		parameters: { backupName: seededBackup, additionalFields: { selectedTypes: 'templates:IntuneTemplate, CustomRoles' } },
		request: {
			method: 'POST',
			endpoint: 'ExecRestoreBackup',
			body: { BackupName: seededBackup, SelectedTypes: ['templates:IntuneTemplate', 'CustomRoles'] },
		},
		// CustomRoles is a superadmin-only table: an API client restores the template alone.
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully restored 1 rows from backup.' }),
	},
	setAutoBackup: {
		parameters: { enabled: true },
		request: { method: 'POST', endpoint: 'ExecSetCIPPAutoBackup', body: { Enabled: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Scheduled Task Successfully created' }),
	},
	getApiClients: {
		parameters: { show: 'List', returnAll: true },
		request: { method: 'GET', endpoint: 'ExecApiClient', query: { Action: 'List' } },
		output: (items) =>
			expect(items.find((item) => item.json.ClientId === fixtures.clients.editor.clientId)?.json).toMatchObject({
				AppName: 'n8n automation',
				Role: 'editor',
			}),
	},
	manageApiClient: {
		parameters: {
			clientAction: 'AddUpdate',
			additionalFields: { appName: 'n8n reporting (EU)', role: 'readonly', ipRange: '203.0.113.0/24, 198.51.100.7', enabled: true },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecApiClient',
			body: {
				Action: 'AddUpdate',
				AppName: 'n8n reporting (EU)',
				Role: { value: 'readonly', label: 'readonly' },
				IpRange: { value: ['203.0.113.0/24', '198.51.100.7'] },
				Enabled: true,
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringContaining("API Client created with the name 'n8n reporting (EU)'"),
			});
			expect(item.json.copyField).toEqual(expect.stringMatching(/^\w{3}8Q~/));
		},
	},
	getManyCustomRoles: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListCustomRole' },
		output: (items) => {
			expect(items.map((item) => item.json.RoleName)).toEqual(['readonly', 'editor', 'admin', 'superadmin', 'helpdesk-contoso']);
			expect(items[4].json.AllowedTenants).toEqual([expect.objectContaining({ value: fixtures.tenantIds.contoso })]);
		},
	},
	getPasswordConfig: {
		client: 'admin',
		parameters: {},
		request: { method: 'GET', endpoint: 'ExecPasswordConfig', query: { List: 'true' } },
		output: ([item]) => expect(item.json).toMatchObject({ passwordType: 'Classic', charCount: 14, specialCharSet: '$%&*#' }),
	},
	setPasswordConfig: {
		client: 'admin',
		parameters: { passwordType: 'Passphrase', wordCount: 5, capitalizeWords: true, appendNumber: true },
		request: {
			method: 'POST',
			endpoint: 'ExecPasswordConfig',
			body: {
				passwordType: 'Passphrase',
				charCount: 14,
				includeUppercase: true,
				includeLowercase: true,
				includeDigits: true,
				includeSpecialChars: true,
				specialCharSet: '$%&*#',
				wordCount: 5,
				separator: '-',
				capitalizeWords: true,
				appendNumber: true,
				appendSpecialChar: false,
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully set the configuration' }),
	},
	getExtensionMapping: {
		parameters: { list: 'HaloPSA' },
		request: { method: 'GET', endpoint: 'ExecExtensionMapping', query: { List: 'HaloPSA' } },
		output: ([item]) =>
			expect(item.json.Mappings).toEqual([
				expect.objectContaining({ TenantDomain: 'contoso.onmicrosoft.com', IntegrationId: '12' }),
				expect.objectContaining({ TenantDomain: 'fabrikam.onmicrosoft.com', IntegrationId: '27' }),
			]),
	},
	getManyExtensionSyncs: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListExtensionSync' },
		output: (items) => expect(items.map((item) => item.json.SyncType).sort()).toEqual(['Hudu', 'NinjaOne']),
	},
	syncExtension: {
		parameters: { extension: 'NinjaOne', additionalFields: { tenantId: fixtures.tenantIds.fabrikam } },
		request: { method: 'GET', endpoint: 'ExecExtensionSync', query: { Extension: 'NinjaOne', TenantID: fixtures.tenantIds.fabrikam } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: 'NinjaOne Synchronization Queued for Fabrikam',
				followUp: expect.any(String),
			}),
	},
	testExtension: {
		parameters: { extensionName: 'HaloPSA' },
		request: { method: 'GET', endpoint: 'ExecExtensionTest', query: { extensionName: 'HaloPSA' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully Connected to HaloPSA' }),
	},
	saveExtensionsConfig: {
		parameters: { additionalFields: { HaloPSA: JSON.stringify(halo), Hudu: JSON.stringify(hudu) } },
		// The stored config is read first: NinjaOne and PWPush are sent back as stored.
		request: {
			method: 'POST',
			endpoint: 'ExecExtensionsConfig',
			body: {
				HaloPSA: halo,
				Hudu: hudu,
				NinjaOne: { Enabled: false, Instance: 'eu.ninjarmm.com', ClientId: '', APIKey: '' },
				PWPush: { Enabled: false },
			},
		},
		calls: ['ListExtensionsConfig', 'ExecExtensionsConfig'],
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully saved the extension configuration. ' }),
	},
	getManyTenantGroups: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenantGroups' },
		output: (items) => expect(items.map((item) => item.json.Name)).toEqual(['Business Premium', 'EU Customers', 'Managed Services']),
	},
	saveTenantGroup: {
		parameters: {
			groupName: 'Tier 1',
			groupType: 'static',
			members: `${contosoId}, ${fabrikamId}`,
			additionalFields: { groupDescription: 'Tier 1 support' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecTenantGroup',
			body: {
				Action: 'AddEdit',
				groupName: 'Tier 1',
				groupType: 'static',
				members: [
					{ value: contosoId, label: contosoId },
					{ value: fabrikamId, label: fabrikamId },
				],
				groupDescription: 'Tier 1 support',
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				messages: ["Group 'Tier 1' saved successfully", `Added member ${contosoId}`, `Added member ${fabrikamId}`],
			}),
	},
	deleteTenantGroup: {
		parameters: { tenantGroupId: locator('list', tenantGroup('EU Customers')) },
		request: { method: 'POST', endpoint: 'ExecTenantGroup', body: { Action: 'Delete', groupId: tenantGroup('EU Customers') } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Group 'EU Customers' deleted successfully" }),
	},
	runTenantGroupRule: {
		parameters: { tenantGroupId: locator('id', tenantGroup('Business Premium')) },
		request: { method: 'POST', endpoint: 'ExecRunTenantGroupRule', body: { groupId: tenantGroup('Business Premium') } },
		calls: ['ListTenantGroups', 'ExecRunTenantGroupRule'],
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: expect.stringContaining("Dynamic rules executed successfully for group 'Business Premium'"),
			}),
	},
	getNotificationConfig: {
		client: 'admin',
		parameters: {},
		request: { method: 'GET', endpoint: 'ListNotificationConfig' },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				webhook: 'https://hooks.northstarit.com/cipp',
				Severity: ['Alert', 'Error'],
				logsToInclude: ['Standards'],
				webhookAuthToken: 'SentToKeyVault',
			}),
	},
	setNotificationConfig: {
		client: 'admin',
		parameters: { additionalFields: { webhook: 'https://n8n.northstarit.com/webhook/cipp', UseStandardizedSchema: true } },
		// The stored settings are read first and sent back with the change.
		request: {
			method: 'POST',
			endpoint: 'ExecNotificationConfig',
			body: {
				email: 'soc@northstarit.com',
				webhook: 'https://n8n.northstarit.com/webhook/cipp',
				webhookAuthType: { value: 'Bearer', label: 'Bearer' },
				webhookAuthUsername: '',
				webhookAuthHeaderName: '',
				Severity: [
					{ value: 'Alert', label: 'Alert' },
					{ value: 'Error', label: 'Error' },
				],
				logsToInclude: [{ value: 'Standards', label: 'Standards' }],
				onePerTenant: false,
				sendtoIntegration: false,
				UseStandardizedSchema: true,
			},
		},
		calls: ['ListNotificationConfig', 'ExecNotificationConfig'],
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully set the configuration' }),
	},
	getExtensionsConfig: {
		parameters: {},
		request: { method: 'GET', endpoint: 'ListExtensionsConfig' },
		output: ([item]) => expect(item.json.HaloPSA).toMatchObject({ Enabled: true, APIKey: 'SentToKeyVault' }),
	},
	getManyQueue: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListCippQueue' },
		// Jobs of the last 3 hours, newest first.
		output: (items) =>
			expect(items.map((item) => [item.json.Name, item.json.Status])).toEqual([
				['License Report - All Tenants', 'Running'],
				['Standards Run - All Tenants', 'Completed (with errors)'],
			]),
	},
	getCippQueues: {
		parameters: { queueIds: `${stableGuid('queue/standards')}, ${stableGuid('queue/licenses')}, ${stableGuid('queue/gone')}` },
		request: {
			method: 'GET',
			endpoint: 'ListCippQueues',
			query: { QueueIds: `${stableGuid('queue/standards')},${stableGuid('queue/licenses')},${stableGuid('queue/gone')}` },
		},
		output: ([item, ...rest]) => {
			expect(rest).toHaveLength(0);
			expect(item.json.MissingQueueIds).toEqual([stableGuid('queue/gone')]);
			expect(item.json.Summary).toMatchObject({
				TotalQueues: 3,
				FoundQueues: 2,
				FailedQueues: 1,
				TotalTasks: 8,
				CompletedTasks: 6,
				PercentComplete: 75,
				IsComplete: false,
				Status: 'Running',
			});
		},
	},
	clearQueueHistory: {
		parameters: {},
		request: { method: 'POST', endpoint: 'RemoveCippQueue' },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'History cleared' }),
	},
	searchUsers: {
		parameters: { name: 'adele', returnAll: true },
		request: { method: 'GET', endpoint: 'ExecUniversalSearch', query: { name: 'adele' } },
		output: (items) => expect(items.length).toBeGreaterThan(0),
	},
	getManyTrustedIps: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListIPWhitelist' },
		output: (items) =>
			expect(items[0].json).toMatchObject({ PartitionKey: 'contoso.onmicrosoft.com', RowKey: '203.0.113.10', state: 'Trusted' }),
	},
	setTrustedIps: {
		client: 'admin',
		parameters: { tenantFilter: locator('domain', 'contoso.onmicrosoft.com'), ips: '198.51.100.20, 198.51.100.21', state: 'Trusted' },
		request: {
			method: 'POST',
			endpoint: 'ExecAddTrustedIP',
			query: { tenantFilter: 'contoso.onmicrosoft.com' },
			body: { IP: ['198.51.100.20', '198.51.100.21'], State: 'Trusted' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Added 198.51.100.20 198.51.100.21 to database with state Trusted for contoso.onmicrosoft.com',
			}),
	},
	runAccessCheck: {
		client: 'admin',
		parameters: { type: 'Tenants', returnAll: true },
		request: { method: 'POST', endpoint: 'ExecAccessChecks', query: { Type: 'Tenants' } },
		output: (items) => expect(items.length).toBeGreaterThan(0),
	},
	getManyCustomVariables: {
		parameters: { tenantFilter: locator('domain', 'contoso.onmicrosoft.com'), returnAll: true },
		request: { method: 'GET', endpoint: 'ListCustomVariables', query: { tenantFilter: 'contoso.onmicrosoft.com' } },
		output: (items) => expect(items.length).toBeGreaterThan(0),
	},
	getManyKnownIps: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListKnownIPDb' },
		output: (items) => {
			expect(items).toHaveLength(2);
			expect(items[0].json).toMatchObject({ PartitionKey: 'KnownIPDb', Name: 'KnownIPDb 1' });
		},
	},
	getManyAdminPortalLicenses: {
		parameters: { tenantFilter: locator('domain', 'contoso.onmicrosoft.com'), returnAll: true },
		request: { method: 'GET', endpoint: 'ListAdminPortalLicenses', query: { tenantFilter: 'contoso.onmicrosoft.com' } },
		output: (items) => {
			expect(items).toHaveLength(2);
			expect(items.every((item) => item.json.Tenant === 'contoso.onmicrosoft.com')).toBe(true);
		},
	},
	getManyCachedData: {
		parameters: {
			tenantFilter: locator('domain', 'AllTenants'),
			type: 'Mailboxes',
			additionalFields: { countsOnly: true },
			returnAll: true,
		},
		request: { method: 'GET', endpoint: 'ListDBCache', query: { tenantFilter: 'AllTenants', type: 'Mailboxes', countsOnly: 'true' } },
		output: (items) => {
			const tenants = new Set(items.map((item) => item.json.Tenant));
			expect(tenants.has('contoso.onmicrosoft.com')).toBe(true);
			expect(tenants.size).toBeGreaterThan(1);
		},
	},
	searchLicenses: {
		parameters: { skuIds: '05e9a617-0261-4cee-bb44-138d3ef5d965, c42b9cae-ea4f-4ab7-9717-81576235ccac', returnAll: true },
		request: {
			method: 'POST',
			endpoint: 'ExecLicenseSearch',
			body: { skuIds: ['05e9a617-0261-4cee-bb44-138d3ef5d965', 'c42b9cae-ea4f-4ab7-9717-81576235ccac'] },
		},
		output: (items) =>
			expect(items.map((item) => item.json.skuId)).toEqual([
				'05e9a617-0261-4cee-bb44-138d3ef5d965',
				'c42b9cae-ea4f-4ab7-9717-81576235ccac',
			]),
	},
	getManyCommunityRepos: {
		parameters: { additionalFields: { writeAccess: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListCommunityRepos', query: { WriteAccess: 'true' } },
		output: (items) => expect(items.map((item) => item.json.FullName)).toContain('northstarit/cipp-templates'),
	},
	resolveDirectoryObjects: {
		parameters: {
			tenantFilter: locator('domain', 'contoso.onmicrosoft.com'),
			ids: `${fixtures.scenarios.cloudUser.userId}, ${stableGuid('directory/other')}`,
			returnAll: true,
		},
		request: {
			method: 'POST',
			endpoint: 'ListDirectoryObjects',
			body: { tenantFilter: 'contoso.onmicrosoft.com', ids: [fixtures.scenarios.cloudUser.userId, stableGuid('directory/other')] },
		},
		output: (items) => {
			expect(items).toHaveLength(2);
			expect(items.every((item) => item.json['@odata.type'] === '#microsoft.graph.user')).toBe(true);
		},
	},
	getManyFunctionParameters: {
		parameters: { additionalFields: { module: 'ExchangeOnlineManagement', compliance: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListFunctionParameters', query: { Module: 'ExchangeOnlineManagement', Compliance: 'true' } },
		output: (items) => expect(items.map((item) => item.json.Function)).toContain('Get-ComplianceSearch'),
	},
	...cippSettingsExamples,
	...customDataExamples,
});

describe('administration: what CIPP answers beyond the examples', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test("an editor client cannot run a backup (CIPP.AppSettings is not in CIPP's editor role)", async () => {
		const run = await runOperation(sandbox, 'administration', 'runBackup', {});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/CIPP\.AppSettings\.ReadWrite/);
	});

	test('a failed backup comes back with HTTP 200 and state error: the item fails', async () => {
		sandbox.injectFault({
			endpoint: 'ExecRunBackup',
			status: 200,
			body: JSON.stringify({ Results: [{ resultText: 'Failed to create backup', state: 'error' }] }),
			times: 1,
		});
		const run = await runOperation(sandbox, 'administration', 'runBackup', {}, [{}], 'admin');
		expect(run.error?.message).toMatch(/Failed to create backup/);
	});

	test('a run backup shows up in Get Many Backups', async () => {
		await runOperation(sandbox, 'administration', 'runBackup', {}, [{}], 'admin');
		const list = await runOperation(
			sandbox,
			'administration',
			'getManyBackups',
			{ additionalFields: { nameOnly: true }, returnAll: true },
			[{}],
			'admin',
		);
		expect(list.items[0].json.BackupName).toMatch(new RegExp(`^CIPPBackup_${day(0).slice(0, 10)}-\\d{4}$`));
	});

	test("restoring a backup that does not exist fails with CIPP's text", async () => {
		const run = await runOperation(sandbox, 'administration', 'restoreBackup', { backupName: 'CIPPBackup_2020-01-01-0000' }, [{}], 'admin');
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Backup not found/);
	});

	test('granting a role beyond your own is refused with HTTP 200 and state error', async () => {
		const run = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'AddUpdate',
			additionalFields: { appName: 'escalate', role: 'admin' },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/do not have sufficient permissions to manage an API client with the 'admin' role/);
	});

	test('resetting the secret of an unknown client fails; of a known one returns it in copyField only', async () => {
		const unknown = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'ResetSecret',
			additionalFields: { clientId: '11111111-2222-4333-8444-555555555555' },
		});
		expect(unknown.error?.message).toMatch(/API client not found/);
		const known = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'ResetSecret',
			additionalFields: { clientId: fixtures.clients.readonly.clientId },
		});
		expect(known.requests[0].body).toEqual({ Action: 'ResetSecret', ClientId: fixtures.clients.readonly.clientId });
		expect(known.items[0].json).toMatchObject({
			status: 'success',
			message: expect.stringContaining('API secret reset for n8n reporting'),
		});
		expect(String(known.items[0].json.message)).not.toContain(String(known.items[0].json.copyField));
	});

	test('an extensions config with a NinjaOne host CIPP does not allow is refused before sending (CIPP would save it with an error line)', async () => {
		const run = await runOperation(sandbox, 'administration', 'saveExtensionsConfig', {
			additionalFields: { NinjaOne: JSON.stringify({ Enabled: true, Instance: 'ninja.example.com' }) },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/NinjaOne URL is not allowed/);
	});

	test('saving one extension keeps the stored settings of the others (CIPP replaces the whole config)', async () => {
		const save = await runOperation(sandbox, 'administration', 'saveExtensionsConfig', {
			additionalFields: { GitHub: JSON.stringify({ Enabled: false }) },
		});
		expect(save.error).toBeUndefined();
		const sent = save.requests.find((request) => request.endpoint === 'ExecExtensionsConfig')?.body as Record<string, unknown>;
		expect(sent).toMatchObject({
			GitHub: { Enabled: false },
			Hudu: expect.objectContaining({ BaseURL: expect.any(String) }),
			HaloPSA: expect.objectContaining({ ResourceURL: expect.any(String) }),
		});
		const test = await runOperation(sandbox, 'administration', 'testExtension', { extensionName: 'HaloPSA' });
		expect(test.items[0]?.json).toMatchObject({ status: 'success', message: 'Successfully Connected to HaloPSA' });
	});

	test('Get Extension Mapping for HaloPSA without a Client ID: HTTP 200 with one company of id -1 carrying the error (Get-HaloMapping)', async () => {
		const save = (settings: Record<string, unknown>) =>
			runOperation(sandbox, 'administration', 'saveExtensionsConfig', { additionalFields: { HaloPSA: JSON.stringify(settings) } });
		expect((await save({ ...halo, ClientID: '' })).error).toBeUndefined();
		const run = await runOperation(sandbox, 'administration', 'getExtensionMapping', { list: 'HaloPSA' });
		expect(run.requests[0].status).toBe(200);
		expect(run.items[0].json.Companies).toEqual([{ name: 'Could not get HaloPSA Clients, error: No Halo configuration', value: '-1' }]);
		expect(run.items[0].json.Mappings).toEqual(
			expect.arrayContaining([expect.objectContaining({ TenantDomain: 'contoso.onmicrosoft.com', IntegrationId: '12' })]),
		);
		expect((await save(halo)).error).toBeUndefined();
		const restored = await runOperation(sandbox, 'administration', 'getExtensionMapping', { list: 'HaloPSA' });
		expect(restored.items[0].json.Companies).toEqual(expect.arrayContaining([{ name: 'Contoso Ltd', value: '12' }]));
	});

	test('saving with no extension is refused (CIPP would clear every extension)', async () => {
		const run = await runOperation(sandbox, 'administration', 'saveExtensionsConfig', { additionalFields: {} });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/no extension to save/);
	});

	test("testing an extension that is not set up fails with CIPP's text", async () => {
		const run = await runOperation(sandbox, 'administration', 'testExtension', { extensionName: 'Sherweb' });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to connect to Sherweb/);
	});

	test('auto backup appears as a scheduled task, and a deleted task disappears', async () => {
		await runOperation(sandbox, 'administration', 'setAutoBackup', { enabled: true });
		const listed = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { name: 'Automated CIPP Backup' },
			returnAll: true,
		});
		expect(listed.items).toHaveLength(1);
		await runOperation(sandbox, 'administration', 'deleteScheduledItem', { taskId: String(listed.items[0].json.RowKey) });
		const after = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { name: 'Automated CIPP Backup' },
			returnAll: true,
		});
		expect(after.items).toHaveLength(0);
	});

	test("an invalid password configuration fails with CIPP's 400 text", async () => {
		const run = await runOperation(
			sandbox,
			'administration',
			'setPasswordConfig',
			{ passwordType: 'Classic', includeDigits: false, includeSpecialChars: false },
			[{}],
			'admin',
		);
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/at least 3 of these 4 types/);
	});

	test('a Delete refused for lack of role (HTTP 200, text only, no state) fails the item, and the client stays', async () => {
		const run = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'Delete',
			additionalFields: { clientId: fixtures.clients.admin.clientId },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/do not have sufficient permissions to manage an API client with the 'admin' role/);
		const list = await runOperation(sandbox, 'administration', 'getApiClients', { show: 'List', returnAll: true });
		expect(list.items.map((item) => item.json.ClientId)).toContain(fixtures.clients.admin.clientId);
	});

	test('updating a client with only a Client ID (Reset Secret on Update) keeps its role, IP range, Enabled and MCP Allowed', async () => {
		const created = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'AddUpdate',
			additionalFields: { appName: 'n8n keep settings', role: 'readonly', ipRange: '203.0.113.0/24', enabled: true, mcpAllowed: true },
		});
		expect(created.error).toBeUndefined();
		const before = await runOperation(sandbox, 'administration', 'getApiClients', { show: 'List', returnAll: true });
		const clientId = String(before.items.find((item) => item.json.AppName === 'n8n keep settings')?.json.ClientId);
		const update = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'AddUpdate',
			additionalFields: { clientId, resetSecret: true },
		});
		expect(update.error).toBeUndefined();
		expect(update.items[0].json).toMatchObject({ status: 'success', message: expect.stringContaining('application secret reset') });
		const after = await runOperation(sandbox, 'administration', 'getApiClients', { show: 'List', returnAll: true });
		expect(after.items.find((item) => item.json.ClientId === clientId)?.json).toMatchObject({
			Role: 'readonly',
			IPRange: ['203.0.113.0/24'],
			Enabled: true,
			MCPAllowed: true,
		});
	});

	test('a field given on update replaces only that setting', async () => {
		await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'AddUpdate',
			additionalFields: { appName: 'n8n disable me', role: 'readonly', ipRange: '198.51.100.7', enabled: true },
		});
		const before = await runOperation(sandbox, 'administration', 'getApiClients', { show: 'List', returnAll: true });
		const clientId = String(before.items.find((item) => item.json.AppName === 'n8n disable me')?.json.ClientId);
		await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'AddUpdate',
			additionalFields: { clientId, enabled: false },
		});
		const after = await runOperation(sandbox, 'administration', 'getApiClients', { show: 'List', returnAll: true });
		expect(after.items.find((item) => item.json.ClientId === clientId)?.json).toMatchObject({
			Role: 'readonly',
			IPRange: ['198.51.100.7'],
			Enabled: false,
		});
	});

	test('Create or Update without App Name and Client ID, or Delete without Client ID, is refused before sending', async () => {
		const add = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'AddUpdate',
			additionalFields: { role: 'readonly' },
		});
		expect(add.requests).toHaveLength(0);
		expect(add.error?.message).toMatch(/App Name.*Client ID/);
		const remove = await runOperation(sandbox, 'administration', 'manageApiClient', { clientAction: 'Delete' });
		expect(remove.requests).toHaveLength(0);
		expect(remove.error?.message).toMatch(/Client ID/);
	});

	test('deleting an unknown client (CIPP answers an empty body) fails', async () => {
		const run = await runOperation(sandbox, 'administration', 'manageApiClient', {
			clientAction: 'Delete',
			additionalFields: { clientId: '11111111-2222-4333-8444-555555555555' },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/did not confirm the deletion/);
	});

	test('a passphrase separator of one space is saved as a space, not trimmed away', async () => {
		const set = await runOperation(
			sandbox,
			'administration',
			'setPasswordConfig',
			{ passwordType: 'Passphrase', wordCount: 4, separator: ' ', capitalizeWords: true, appendNumber: true },
			[{}],
			'admin',
		);
		expect(set.error).toBeUndefined();
		expect(set.requests[0].body).toMatchObject({ separator: ' ' });
		const read = await runOperation(sandbox, 'administration', 'getPasswordConfig', {}, [{}], 'admin');
		expect(read.items[0].json).toMatchObject({ passwordType: 'Passphrase', separator: ' ' });
	});

	test('testing PWPush when it is not enabled fails (CIPP answers HTTP 200 without a state)', async () => {
		const run = await runOperation(sandbox, 'administration', 'testExtension', { extensionName: 'PWPush' });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/PWPush is not enabled/);
	});

	test('a Gradient sync CIPP does not queue (billing off: empty answer) fails', async () => {
		const run = await runOperation(sandbox, 'administration', 'syncExtension', { extension: 'Gradient' });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/CIPP queued nothing/);
	});

	test('a restore whose Selected Types match nothing fails (CIPP answers "Successfully restored 0 rows")', async () => {
		const run = await runOperation(
			sandbox,
			'administration',
			'restoreBackup',
			{ backupName: seededBackup, additionalFields: { selectedTypes: 'NoSuchTable' } },
			[{}],
			'admin',
		);
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/restored 0 rows/);
	});

	test('Get Many Backups by tenant ID is refused: CIPP keys scheduled backups by the default domain', async () => {
		const run = await runOperation(sandbox, 'administration', 'getManyBackups', {
			additionalFields: { type: 'Scheduled', tenantFilter: contosoId },
			returnAll: true,
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/default domain/);
	});

	test('Authentication Settings that CIPP cannot read (HTTP 200, error sentence in Enabled) fail the item', async () => {
		sandbox.injectFault({
			endpoint: 'ExecApiClient',
			status: 200,
			body: JSON.stringify({
				Results: {
					Enabled: 'Could not get API clients, ensure you have the appropriate rights to read the Authentication settings.',
					Error: { Message: 'The client does not have authorization to perform action', NormalizedError: 'AuthorizationFailed' },
				},
			}),
			times: 1,
		});
		const run = await runOperation(sandbox, 'administration', 'getApiClients', { show: 'GetAzureConfiguration', returnAll: true });
		expect(run.items).toHaveLength(0);
		expect(run.error?.message).toMatch(/Could not get API clients/);
	});

	test('deleting a scheduled task that does not exist fails (CIPP answers "Task removed successfully.")', async () => {
		const run = await runOperation(sandbox, 'administration', 'deleteScheduledItem', { taskId: '11111111-2222-4333-8444-555555555555' });
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListScheduledItems']);
		expect(run.error?.message).toMatch(/was not found in CIPP's scheduler/);
	});

	test('Hudu field mappings are one object and are saved as CIPP reads them; a list is refused', async () => {
		const list = await runOperation(sandbox, 'administration', 'saveExtensionMapping', {
			addMapping: 'HuduFields',
			mappingRows: JSON.stringify([{ TenantId: contosoId, IntegrationId: '2', IntegrationName: 'People' }]),
		});
		expect(list.requests).toHaveLength(0);
		expect(list.error?.message).toMatch(/field mappings are one JSON object/);
		const saved = await runOperation(sandbox, 'administration', 'saveExtensionMapping', {
			addMapping: 'HuduFields',
			mappingRows: JSON.stringify({ Users: { value: '2', label: 'People' } }),
		});
		expect(saved.error).toBeUndefined();
		const read = await runOperation(sandbox, 'administration', 'getExtensionMapping', { list: 'HuduFields' });
		expect(read.items[0].json.Mappings).toEqual([
			expect.objectContaining({ RowKey: 'Users', IntegrationId: '2', IntegrationName: 'People' }),
		]);
	});

	test('a tenant mapping row without a tenant ID is refused', async () => {
		const run = await runOperation(sandbox, 'administration', 'saveExtensionMapping', {
			addMapping: 'HaloPSA',
			mappingRows: JSON.stringify([{ TenantId: 'contoso.onmicrosoft.com', IntegrationId: '12', IntegrationName: 'Contoso Ltd' }]),
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/TenantId, the tenant ID/);
	});

	test('Get Many Logs narrows by Baseline Run ID (Invoke-ListLogs filters on BaselineRunId)', async () => {
		const run = (baselineRunId: string) =>
			runOperation(sandbox, 'administration', 'getManyLogs', {
				additionalFields: { severity: ['Debug'], baselineRunId },
				returnAll: true,
			});
		const matching = await run(stableGuid('baseline-run/seed'));
		expect(matching.requests[0].query).toMatchObject({ BaselineRunId: stableGuid('baseline-run/seed') });
		expect(matching.items.map((item) => item.json.Message)).toEqual(['Standards run started for all tenants']);
		const other = await run(stableGuid('baseline-run/other'));
		expect(other.items).toHaveLength(0);
	});

	test('Get Many Logs narrows by API', async () => {
		const run = await runOperation(sandbox, 'administration', 'getManyLogs', {
			additionalFields: { api: 'ExecResetPass' },
			returnAll: true,
		});
		expect(run.items.every((item) => item.json.API === 'ExecResetPass')).toBe(true);
		expect(run.items.length).toBeGreaterThan(0);
	});
});

describe('administration: tenant groups, notification settings and the job list', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a saved static group lists exactly the members given, and a new list replaces them', async () => {
		const created = await runOperation(sandbox, 'administration', 'saveTenantGroup', {
			groupName: 'Onboarding',
			groupType: 'static',
			members: `${contosoId}, ${fabrikamId}`,
		});
		expect(created.error).toBeUndefined();
		const listOf = async () =>
			(await runOperation(sandbox, 'administration', 'getManyTenantGroups', { returnAll: true })).items.find(
				(item) => item.json.Name === 'Onboarding',
			)?.json;
		const group = await listOf();
		expect((group?.Members as Array<{ customerId: string }>).map((member) => member.customerId).sort()).toEqual(
			[contosoId, fabrikamId].sort(),
		);
		const edited = await runOperation(sandbox, 'administration', 'saveTenantGroup', {
			groupName: 'Onboarding',
			groupType: 'static',
			members: contosoId,
			additionalFields: { groupId: group?.Id as string },
		});
		expect(edited.items[0].json.messages).toEqual(["Group 'Onboarding' saved successfully", `Removed member ${fabrikamId}`]);
		expect(((await listOf())?.Members as Array<{ customerId: string }>).map((member) => member.customerId)).toEqual([contosoId]);
	});

	test('an empty member list is refused before CIPP would empty the group', async () => {
		const run = await runOperation(sandbox, 'administration', 'saveTenantGroup', { groupName: 'Empty', groupType: 'static', members: '' });
		expect(run.error?.message).toMatch(/no member tenant was given/);
		expect(run.requests).toHaveLength(0);
	});

	test('deleting or running the rules of a group CIPP does not have fails (CIPP says it ran)', async () => {
		const missing = stableGuid('cipp/tenantGroup/none');
		const deleted = await runOperation(sandbox, 'administration', 'deleteTenantGroup', { tenantGroupId: locator('id', missing) });
		expect(deleted.requests[0].status).toBe(200);
		expect(deleted.error?.message).toMatch(new RegExp(`Group '${missing}' not found`));
		const rules = await runOperation(sandbox, 'administration', 'runTenantGroupRule', { tenantGroupId: locator('id', missing) });
		expect(rules.error?.message).toMatch(/was not found in CIPP, so no rules were run/);
		expect(rules.requests.map((request) => request.endpoint)).toEqual(['ListTenantGroups']);
	});

	test('a cleared job history lists no jobs', async () => {
		await runOperation(sandbox, 'administration', 'clearQueueHistory', {});
		const jobs = await runOperation(sandbox, 'administration', 'getManyQueue', { returnAll: true });
		expect(jobs.error).toBeUndefined();
		expect(jobs.items.map((item) => item.json)).toEqual([]);
	});

	test('IPs set by tenant ID are kept under the default domain and listed; a range is refused before sending', async () => {
		const set = await runOperation(
			sandbox,
			'administration',
			'setTrustedIps',
			{ tenantFilter: locator('id', fabrikamId), ips: '192.0.2.44', state: 'NotTrusted' },
			[{}],
			'admin',
		);
		expect(set.error).toBeUndefined();
		const list = await runOperation(sandbox, 'administration', 'getManyTrustedIps', { returnAll: true });
		expect(list.items.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ PartitionKey: 'fabrikam.onmicrosoft.com', RowKey: '192.0.2.44', state: 'NotTrusted' }),
		);
		const range = await runOperation(
			sandbox,
			'administration',
			'setTrustedIps',
			{ tenantFilter: locator('id', fabrikamId), ips: '192.0.2.0/24', state: 'Trusted' },
			[{}],
			'admin',
		);
		expect(range.error?.message).toMatch(/is not an IP address/);
		expect(range.requests).toHaveLength(0);
	});

	test('a changed webhook keeps the other settings and the token in Key Vault', async () => {
		await runOperation(
			sandbox,
			'administration',
			'setNotificationConfig',
			{ additionalFields: { webhook: 'https://n8n.example.com/webhook/x' } },
			[{}],
			'admin',
		);
		const config = await runOperation(sandbox, 'administration', 'getNotificationConfig', {}, [{}], 'admin');
		expect(config.items[0].json).toMatchObject({
			webhook: 'https://n8n.example.com/webhook/x',
			email: 'soc@northstarit.com',
			webhookAuthType: 'Bearer',
			webhookAuthToken: 'SentToKeyVault',
			Severity: ['Alert', 'Error'],
			logsToInclude: ['Standards'],
		});
	});
});
