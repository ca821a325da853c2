// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { createHash } from 'node:crypto';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';

const contoso = locator('domain', 'contoso.onmicrosoft.com');
const hashOf = (rawKey: string) => createHash('sha256').update(rawKey, 'utf8').digest('base64');
const breakGlass = {
	Message: 'Admin user Break Glass (breakglass@contoso.onmicrosoft.com) does not have MFA registered.',
	UserPrincipalName: 'breakglass@contoso.onmicrosoft.com',
	DisplayName: 'Break Glass',
	Tenant: 'contoso.onmicrosoft.com',
};
const breakGlassKey = `contoso.onmicrosoft.com-${hashOf('breakglass@contoso.onmicrosoft.com')}`;
const seededSearch = stableGuid('audit-search/contoso/seed');
const inboxRule = stableGuid('alert/inbox-rule');
const contosoWebhook = stableGuid('webhook/contoso/users');
const legacyRule = (tenant: string, name: string) => stableGuid(`legacy-webhook/${tenant}/${name}`);
const hours = (offset: number) => new Date(Date.now() + offset * 3_600_000);
const snoozeBreakGlass = {
	cmdletName: 'Get-CIPPAlertMFAAdmins',
	tenantFilter: contoso,
	alertItem: JSON.stringify(breakGlass),
	duration: 90,
	additionalFields: { reason: 'Break-glass account' },
};

const mfaAlert = {
	taskName: 'Admins without MFA',
	target: 'tenant',
	tenantFilter: contoso,
	command: locator('list', 'Get-CIPPAlertMFAAdmins'),
	commandParameters: '{}',
	recurrence: '1d',
	postExecution: ['Webhook'],
};

describeCatalogue('alert', {
	getManyResults: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAlertResults', query: { tenantFilter: 'contoso.onmicrosoft.com' } },
		output: (items) => {
			// Only the latest run of each alert, and nothing older than 7 days.
			expect(items.map((item) => item.json.ContentPreview)).toEqual([
				'adele.vance@contoso.onmicrosoft.com',
				'breakglass@contoso.onmicrosoft.com',
			]);
			expect(items[1].json).toMatchObject({
				CmdletName: 'Get-CIPPAlertMFAAdmins',
				ContentHash: hashOf('breakglass@contoso.onmicrosoft.com'),
				AlertItem: breakGlass,
			});
		},
	},
	snooze: {
		parameters: snoozeBreakGlass,
		request: {
			method: 'POST',
			endpoint: 'ExecSnoozeAlert',
			body: {
				CmdletName: 'Get-CIPPAlertMFAAdmins',
				TenantFilter: 'contoso.onmicrosoft.com',
				AlertItem: breakGlass,
				Duration: 90,
				Reason: 'Break-glass account',
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: 'Successfully snoozed alert for 90 days: breakglass@contoso.onmicrosoft.com - Reason: Break-glass account',
				contentHash: hashOf('breakglass@contoso.onmicrosoft.com'),
				snoozeUntil: expect.any(Number),
			}),
	},
	getManySnoozed: {
		parameters: { additionalFields: { cmdletName: 'Get-CIPPAlertMFAAdmins' }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSnoozedAlerts', query: { CmdletName: 'Get-CIPPAlertMFAAdmins' } },
		// The Snooze example ran first in this sandbox.
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([
				expect.objectContaining({
					RowKey: breakGlassKey,
					Tenant: 'contoso.onmicrosoft.com',
					Status: 'Active',
					RemainingDays: 90,
					SnoozeReason: 'Break-glass account',
				}),
			]),
	},
	removeSnooze: {
		parameters: { cmdletName: 'Get-CIPPAlertMFAAdmins', snoozeKey: breakGlassKey },
		request: { method: 'POST', endpoint: 'ExecRemoveSnooze', body: { PartitionKey: 'Get-CIPPAlertMFAAdmins', RowKey: breakGlassKey } },
		calls: ['ListSnoozedAlerts', 'ExecRemoveSnooze'],
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully removed snooze for Get-CIPPAlertMFAAdmins / ${breakGlassKey}`,
			}),
	},
	getManyNotices: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'GetCippAlerts' },
		output: (items) => expect(items.length).toBeGreaterThan(0),
	},
	createAuditLogSearch: {
		parameters: { tenantFilter: contoso, StartTime: hours(-2).toISOString(), EndTime: hours(-1).toISOString() },
		request: {
			method: 'POST',
			endpoint: 'ExecAuditLogSearch',
			body: {
				tenantFilter: 'contoso.onmicrosoft.com',
				StartTime: Math.floor(hours(-2).getTime() / 1000),
				EndTime: Math.floor(hours(-1).getTime() / 1000),
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(/^Created audit log search: CIPP Audit Search - /),
			});
			expect(item.json.details).toMatchObject({ id: expect.any(String), status: 'notStarted' });
		},
	},
	getManyAuditLogSearches: {
		parameters: { tenantFilter: contoso, type: 'SearchResults', searchId: seededSearch, returnAll: true },
		request: {
			method: 'GET',
			endpoint: 'ListAuditLogSearches',
			query: { tenantFilter: 'contoso.onmicrosoft.com', Type: 'SearchResults', SearchId: seededSearch },
		},
		output: (items) => expect(items.map((item) => item.json.operation)).toEqual(['New-InboxRule', 'Set-Mailbox']),
	},
	processAuditLogSearch: {
		parameters: { tenantFilter: contoso, searchId: seededSearch },
		request: {
			method: 'POST',
			endpoint: 'ExecAuditLogSearch',
			body: { Action: 'ProcessLogs', tenantFilter: 'contoso.onmicrosoft.com', SearchId: seededSearch },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'queued', message: "Search 'CIPP Audit Search - inbox rules' queued for processing." }),
	},
	getAuditLogCoverage: {
		parameters: { tenantFilter: contoso, additionalFields: { relativeTime: '7d' }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListAuditLogCoverage', query: { tenantFilter: 'contoso.onmicrosoft.com', RelativeTime: '7d' } },
		output: (items) => expect(items.length).toBeGreaterThan(0),
	},
	getManyWebhookRules: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListWebhookAlert' },
		output: (items) => expect(items[0].json.RowKey).toEqual(expect.any(String)),
	},
	getManyPendingWebhooks: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListPendingWebhooks' },
		output: (items) => expect(items.length).toBeGreaterThan(0),
	},
	sendTestAlert: {
		parameters: { text: 'Test from n8n', sendTo: { writeLog: true } },
		request: { method: 'POST', endpoint: 'ExecAddAlert', body: { text: 'Test from n8n', writeLog: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully generated alert.' }),
	},
	addScriptedAlert: {
		parameters: mfaAlert,
		request: {
			method: 'POST',
			endpoint: 'AddScriptedAlert',
			body: {
				Name: 'Admins without MFA',
				TenantFilter: 'contoso.onmicrosoft.com',
				Command: { value: 'Get-CIPPAlertMFAAdmins', label: 'Get-CIPPAlertMFAAdmins' },
				Parameters: {},
				Recurrence: '1d',
				PostExecution: [{ value: 'Webhook', label: 'Webhook' }],
				RowKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(/^Successfully added task: Admins without MFA\. It will run in /),
				taskId: expect.any(String),
			}),
	},
	deleteAlert: {
		parameters: { alertId: locator('list', inboxRule) },
		calls: ['ListAlertsQueue', 'RemoveQueuedAlert'],
		request: { method: 'POST', endpoint: 'RemoveQueuedAlert', body: { EventType: 'Audit log Alert', ID: inboxRule } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully removed alert ${inboxRule} from queue` }),
	},
	getManyWebhookSubscriptions: {
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ExecWebhookSubscriptions' },
		output: (items) =>
			expect(items.map((item) => [item.json.PartitionKey, item.json.RowKey, item.json.Resource])).toEqual([
				['contoso.onmicrosoft.com', contosoWebhook, 'users'],
				['fabrikam.onmicrosoft.com', stableGuid('webhook/fabrikam/users'), 'users'],
			]),
	},
	deleteWebhookSubscription: {
		parameters: { webhookId: contosoWebhook },
		request: { method: 'POST', endpoint: 'ExecWebhookSubscriptions', query: { Action: 'Delete', WebhookID: contosoWebhook } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Deleted subscription ${contosoWebhook} for contoso.onmicrosoft.com` }),
	},
	deleteWebhookRule: {
		parameters: { tenantFilter: contoso, ruleId: legacyRule('contoso.onmicrosoft.com', 'inbox-rules') },
		calls: ['ListWebhookAlert', 'RemoveWebhookAlert'],
		request: {
			method: 'POST',
			endpoint: 'RemoveWebhookAlert',
			query: { ID: legacyRule('contoso.onmicrosoft.com', 'inbox-rules'), tenantFilter: 'contoso.onmicrosoft.com' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Removed Alert Rule for contoso.onmicrosoft.com' }),
	},
});

describe('alert: what CIPP answers beyond the examples', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('snooze, list and remove: the snooze is listed until it is removed, and a removed one cannot be removed again', async () => {
		const snoozed = await runOperation(sandbox, 'alert', 'snooze', { ...snoozeBreakGlass, duration: 7, additionalFields: {} });
		expect(snoozed.items[0].json.message).toBe('Successfully snoozed alert for 7 days: breakglass@contoso.onmicrosoft.com');
		const listed = await runOperation(sandbox, 'alert', 'getManySnoozed', { returnAll: true });
		expect(listed.items.map((item) => [item.json.RowKey, item.json.RemainingDays])).toEqual([[breakGlassKey, 7]]);
		const removed = await runOperation(sandbox, 'alert', 'removeSnooze', {
			cmdletName: 'Get-CIPPAlertMFAAdmins',
			snoozeKey: breakGlassKey,
		});
		expect(removed.error).toBeUndefined();
		const after = await runOperation(sandbox, 'alert', 'getManySnoozed', { returnAll: true });
		expect(after.items).toHaveLength(0);
		const again = await runOperation(sandbox, 'alert', 'removeSnooze', { cmdletName: 'Get-CIPPAlertMFAAdmins', snoozeKey: breakGlassKey });
		expect(again.error?.message).toMatch(/No snooze .* was found, so nothing was removed/);
		expect(again.requests.map((request) => request.endpoint)).toEqual(['ListSnoozedAlerts']);
	});

	test('a finding without UserPrincipalName is known by its Id, and a tenant ID is refused before sending', async () => {
		const byId = await runOperation(sandbox, 'alert', 'snooze', {
			...snoozeBreakGlass,
			alertItem: { Id: 'ABC-1', Message: 'x' },
			additionalFields: {},
		});
		expect(byId.items[0].json.contentHash).toBe(hashOf('abc-1'));
		const tenantId = await runOperation(sandbox, 'alert', 'snooze', { ...snoozeBreakGlass, tenantFilter: locator('id', stableGuid('x')) });
		expect(tenantId.error?.message).toMatch(/is a tenant ID/);
		expect(tenantId.requests).toHaveLength(0);
	});

	test('a created search is listed with its Graph status, and can be queued for the alert rules', async () => {
		const created = await runOperation(sandbox, 'alert', 'createAuditLogSearch', {
			tenantFilter: contoso,
			StartTime: hours(-3).toISOString(),
			EndTime: hours(-2).toISOString(),
		});
		const id = (created.items[0].json.details as { id: string }).id;
		const searches = await runOperation(sandbox, 'alert', 'getManyAuditLogSearches', {
			tenantFilter: contoso,
			type: 'Searches',
			returnAll: true,
		});
		expect(searches.items.map((item) => item.json.id)).toEqual(expect.arrayContaining([seededSearch, id]));
		await runOperation(sandbox, 'alert', 'processAuditLogSearch', { tenantFilter: contoso, searchId: id });
		const processed = await runOperation(sandbox, 'alert', 'getManyAuditLogSearches', {
			tenantFilter: contoso,
			type: 'Processed',
			additionalFields: { days: 1 },
			returnAll: true,
		});
		expect(processed.items.find((item) => item.json.SearchId === id)?.json.CippStatus).toBe('Pending');
	});

	test("records of a search Graph does not have fail the item with CIPP's error", async () => {
		const run = await runOperation(sandbox, 'alert', 'getManyAuditLogSearches', {
			tenantFilter: contoso,
			type: 'SearchResults',
			searchId: stableGuid('audit-search/none'),
			returnAll: true,
		});
		expect(run.error?.message).toMatch(/Resource not found/);
	});

	test('a scripted alert is a hidden scheduled task: listed with Show Hidden only', async () => {
		const added = await runOperation(sandbox, 'alert', 'addScriptedAlert', {
			...mfaAlert,
			taskName: 'Inactive users',
			command: locator('id', 'Get-CIPPAlertInactiveUsers'),
		});
		const taskId = added.items[0].json.taskId;
		const hidden = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { showHidden: true, name: 'Inactive users' },
			returnAll: true,
		});
		expect(hidden.items.map((item) => [item.json.RowKey, item.json.Hidden, item.json.PostExecution])).toEqual([[taskId, true, 'Webhook']]);
		const visible = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { name: 'Inactive users' },
			returnAll: true,
		});
		expect(visible.items).toHaveLength(0);
	});
	test('a scripted alert is listed by Get Many Alerts until Delete Alert removes it (sent with its EventType)', async () => {
		const added = await runOperation(sandbox, 'alert', 'addScriptedAlert', { ...mfaAlert, taskName: 'MFA admins (to delete)' });
		const taskId = String(added.items[0].json.taskId);
		const listed = async () =>
			(await runOperation(sandbox, 'tenant', 'getManyAlerts', { returnAll: true })).items.map((item) => item.json.RowKey);
		expect(await listed()).toContain(taskId);
		const deleted = await runOperation(sandbox, 'alert', 'deleteAlert', { alertId: locator('id', taskId) });
		expect(deleted.requests[1].body).toEqual({ EventType: 'Scheduled Task', ID: taskId });
		expect(deleted.items[0].json.message).toBe(`Successfully removed alert ${taskId} from queue`);
		expect(await listed()).not.toContain(taskId);
	});

	test('Delete Alert with an ID CIPP does not have fails before anything is removed', async () => {
		const run = await runOperation(sandbox, 'alert', 'deleteAlert', { alertId: locator('id', stableGuid('alert/none')) });
		expect(run.error?.message).toMatch(/No alert .* was found, so nothing was deleted/);
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListAlertsQueue']);
	});

	test("a deleted webhook subscription is no longer listed, and deleting it again fails with CIPP's words (HTTP 200)", async () => {
		const fabrikamWebhook = stableGuid('webhook/fabrikam/users');
		await runOperation(sandbox, 'alert', 'deleteWebhookSubscription', { webhookId: fabrikamWebhook });
		const listed = await runOperation(sandbox, 'alert', 'getManyWebhookSubscriptions', { returnAll: true });
		expect(listed.items.map((item) => item.json.RowKey)).not.toContain(fabrikamWebhook);
		const again = await runOperation(sandbox, 'alert', 'deleteWebhookSubscription', { webhookId: fabrikamWebhook });
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(new RegExp(`Subscription ${fabrikamWebhook} not found`));
	});
	test("deleting a tenant's last legacy webhook rule is a warning (CIPP's subscription clean-up fails), and the rule is gone", async () => {
		const last = legacyRule('fabrikam.onmicrosoft.com', 'inbox-rules');
		const run = await runOperation(sandbox, 'alert', 'deleteWebhookRule', {
			tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'),
			ruleId: last,
		});
		expect(run.items[0].json).toMatchObject({
			status: 'warning',
			messages: [expect.stringMatching(/^Failed to remove Webhook Subscription/), 'Removed Alert Rule for fabrikam.onmicrosoft.com'],
		});
		const listed = await runOperation(sandbox, 'alert', 'getManyWebhookRules', { returnAll: true });
		expect(listed.items.map((item) => item.json.RowKey)).not.toContain(last);
	});

	test('Delete Webhook Rule refuses a rule of every tenant, of another tenant and an unknown rule before anything is removed', async () => {
		const remove = (ruleId: string, tenantFilter = contoso) =>
			runOperation(sandbox, 'alert', 'deleteWebhookRule', { tenantFilter, ruleId });
		const allTenants = await remove(legacyRule('AllTenants', 'admin-roles'));
		expect(allTenants.error?.message).toMatch(/is for every tenant/);
		const other = await remove(legacyRule('contoso.onmicrosoft.com', 'mailbox-permissions'), locator('domain', 'fabrikam.onmicrosoft.com'));
		expect(other.error?.message).toMatch(/is for contoso\.onmicrosoft\.com, not fabrikam\.onmicrosoft\.com/);
		const unknown = await remove(stableGuid('legacy-webhook/none'));
		expect(unknown.error?.message).toMatch(/No webhook rule .* was found, so nothing was deleted/);
		const sent = [...allTenants.requests, ...other.requests, ...unknown.requests].map((request) => request.endpoint);
		expect(sent).toEqual(['ListWebhookAlert', 'ListWebhookAlert', 'ListWebhookAlert']);
	});
});
