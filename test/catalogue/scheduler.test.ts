// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { locator } from '../support/workflows';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const vacationTask = stableGuid('scheduled-task/Vacation mode: lynne.robbins@fabrikam.onmicrosoft.com');
const managedServices = stableGuid('cipp/tenantGroup/Managed Services');
const tomorrow = new Date(Date.now() + 86_400_000);
const tomorrowSeconds = Math.floor(tomorrow.getTime() / 1000);

const blockSignIn = {
	taskName: 'Block sign-in: adele.vance',
	target: 'tenant',
	tenantFilter: locator('domain', 'contoso.onmicrosoft.com'),
	command: locator('list', 'Set-CIPPSignInState'),
	commandParameters: JSON.stringify({ UserID: 'adele.vance@contoso.onmicrosoft.com', AccountEnabled: false }),
	recurrence: '0',
	postExecution: ['Webhook', 'Email'],
	additionalFields: { startAt: tomorrow.toISOString(), reference: 'ticket 40112', disallowDuplicateName: true },
};

describeCatalogue('scheduler', {
	addTask: {
		parameters: blockSignIn,
		request: {
			method: 'POST',
			endpoint: 'AddScheduledItem',
			body: {
				Name: 'Block sign-in: adele.vance',
				TenantFilter: 'contoso.onmicrosoft.com',
				Command: { value: 'Set-CIPPSignInState', label: 'Set-CIPPSignInState' },
				Parameters: { UserID: 'adele.vance@contoso.onmicrosoft.com', AccountEnabled: false },
				Recurrence: '0',
				PostExecution: [
					{ value: 'Webhook', label: 'Webhook' },
					{ value: 'Email', label: 'Email' },
				],
				ScheduledTime: tomorrowSeconds,
				Reference: 'ticket 40112',
				DisallowDuplicateName: true,
				RowKey: expect.stringMatching(GUID),
			},
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(/^Successfully added task: Block sign-in: adele\.vance\. It will run in (23 hours|1 day)/),
				taskId: expect.stringMatching(GUID),
			});
		},
	},
	getTask: {
		parameters: { taskId: locator('id', vacationTask) },
		request: { method: 'GET', endpoint: 'ListScheduledItemDetails', query: { RowKey: vacationTask } },
		output: ([item]) => {
			expect(item.json.Task).toMatchObject({
				RowKey: vacationTask,
				Command: 'Set-CIPPCAExclusion',
				TaskState: 'Planned',
				Recurrence: 'Once',
				Tenant: { value: 'fabrikam.onmicrosoft.com', type: 'Tenant' },
			});
			expect(item.json.Details).toEqual([expect.objectContaining({ Tenant: 'fabrikam.onmicrosoft.com', Results: [] })]);
		},
	},
	runTaskNow: {
		parameters: { taskId: locator('list', vacationTask) },
		request: { method: 'POST', endpoint: 'AddScheduledItem', body: { RowKey: vacationTask, RunNow: true } },
		calls: ['ListScheduledItems', 'AddScheduledItem'],
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: 'Task Vacation mode: lynne.robbins@fabrikam.onmicrosoft.com scheduled to run now',
			}),
	},
});

describe('scheduler: what CIPP answers beyond the examples', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('an added task is listed by Get Many Scheduled Items, with its post-execution choice and the ID the node returned', async () => {
		const added = await runOperation(sandbox, 'scheduler', 'addTask', blockSignIn);
		expect(added.error).toBeUndefined();
		const taskId = added.items[0].json.taskId as string;
		const list = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { tenantFilter: 'contoso.onmicrosoft.com', name: 'Block sign-in: adele.vance' },
			returnAll: true,
		});
		expect(list.items.map((item) => item.json)).toEqual([
			expect.objectContaining({
				RowKey: taskId,
				Command: 'Set-CIPPSignInState',
				PostExecution: 'Webhook,Email',
				Reference: 'ticket 40112',
				Parameters: { UserID: 'adele.vance@contoso.onmicrosoft.com', AccountEnabled: false },
				TaskState: 'Planned',
				ScheduledTime: new Date(tomorrowSeconds * 1000).toISOString().replace('.000Z', 'Z'),
			}),
		]);
		const details = await runOperation(sandbox, 'scheduler', 'getTask', { taskId: locator('id', taskId) });
		expect(details.items[0].json.Task).toMatchObject({ PostExecution: 'Webhook,Email', Results: 'Planned' });
	});

	test('a task for a tenant group is sent with the group as CIPP stores it, its name read from CIPP', async () => {
		const run = await runOperation(sandbox, 'scheduler', 'addTask', {
			...blockSignIn,
			taskName: 'MFA report',
			target: 'tenantGroup',
			tenantGroupId: locator('list', managedServices),
			command: locator('id', 'Get-CIPPAlertMFAAdmins'),
			commandParameters: '{}',
			recurrence: '7d',
			postExecution: ['PSA'],
			additionalFields: { excludedTenants: 'fabrikam.onmicrosoft.com' },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListTenantGroups', 'AddScheduledItem']);
		expect(run.requests[1].body).toMatchObject({
			TenantFilter: { value: managedServices, label: 'Managed Services', type: 'Group' },
			Recurrence: '7d',
			PostExecution: [{ value: 'PSA', label: 'PSA' }],
			excludedTenants: [{ value: 'fabrikam.onmicrosoft.com', label: 'fabrikam.onmicrosoft.com' }],
		});
		const list = await runOperation(sandbox, 'administration', 'getManyScheduledItems', {
			additionalFields: { name: 'MFA report' },
			returnAll: true,
		});
		expect(list.items[0].json).toMatchObject({
			Tenant: { value: managedServices, label: 'Managed Services', type: 'Group' },
			Recurrence: '7d',
			PostExecution: 'PSA',
			excludedTenants: 'fabrikam.onmicrosoft.com',
		});
	});

	test('a task may run for AllTenants, and an unknown tenant group is refused before anything is added', async () => {
		const all = await runOperation(sandbox, 'scheduler', 'addTask', {
			...blockSignIn,
			taskName: 'All tenants report',
			tenantFilter: locator('list', 'AllTenants'),
			command: locator('id', 'Get-CIPPAlertMFAAdmins'),
			commandParameters: '{}',
			additionalFields: {},
		});
		expect(all.error).toBeUndefined();
		expect(all.requests[0].body).toMatchObject({ TenantFilter: 'AllTenants' });
		const unknown = await runOperation(sandbox, 'scheduler', 'addTask', {
			...blockSignIn,
			target: 'tenantGroup',
			tenantGroupId: locator('id', stableGuid('cipp/tenantGroup/none')),
		});
		expect(unknown.error?.message).toMatch(/Tenant group .* was not found in CIPP, so no task was added/);
		expect(unknown.requests.map((request) => request.endpoint)).toEqual(['ListTenantGroups']);
	});

	test("a duplicate name is refused with CIPP's words when Refuse Duplicate Name is on (HTTP 200, no state)", async () => {
		const run = await runOperation(sandbox, 'scheduler', 'addTask', {
			...blockSignIn,
			taskName: 'Vacation mode: lynne.robbins@fabrikam.onmicrosoft.com',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Task with name Vacation mode: lynne\.robbins@fabrikam\.onmicrosoft\.com already exists/);
	});

	test('a command CIPP does not have, or does not allow, fails the item', async () => {
		const missing = await runOperation(sandbox, 'scheduler', 'addTask', {
			...blockSignIn,
			taskName: 'Missing command',
			command: locator('id', 'Get-Nothing'),
		});
		expect(missing.error?.message).toMatch(/The command 'Get-Nothing' does not exist and cannot be scheduled/);
		const blocked = await runOperation(sandbox, 'scheduler', 'addTask', {
			...blockSignIn,
			taskName: 'Blocked command',
			command: locator('id', 'Get-GraphToken'),
		});
		expect(blocked.error?.message).toMatch(/is not permitted to run as a scheduled task/);
	});

	test('parameters that are not one JSON object are refused before sending', async () => {
		const run = await runOperation(sandbox, 'scheduler', 'addTask', { ...blockSignIn, commandParameters: '["a"]' });
		expect(run.error?.message).toMatch(/Invalid "Parameters"/);
		expect(run.requests).toHaveLength(0);
	});

	test('Run Now and Get Task on an unknown task fail clearly', async () => {
		const id = stableGuid('scheduled-task/none');
		const run = await runOperation(sandbox, 'scheduler', 'runTaskNow', { taskId: locator('id', id) });
		expect(run.error?.message).toMatch(/was not found in CIPP's scheduler .* so nothing was started/);
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListScheduledItems']);
		const get = await runOperation(sandbox, 'scheduler', 'getTask', { taskId: locator('id', id) });
		expect(get.requests[0].status).toBe(404);
		expect(get.error?.message).toBeDefined();
	});
});
