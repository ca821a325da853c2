/**
 * Tenant → Reset Passwords (breach response) through n8n's engine against the sandbox: targets,
 * the dry run, exclusions, per-user failures, and one paired item per user.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { cippWorkflow, inputs, locator, sandboxCredential } from '../support/workflows';

const contoso = 'contoso.onmicrosoft.com';
const tailspin = 'tailspin.onmicrosoft.com';
const upnOf = (name: string) => fixtures.users.find((user) => user.displayName === name)?.userPrincipalName ?? '';
const usersOf = (tenantId: string) => fixtures.users.filter((user) => user.tenantId === tenantId);

const sandbox = sandboxPerFile();

const resetCalls = () => sandbox().requests.filter((request) => request.endpoint === 'ExecResetPass');

async function resetTenant(parameters: INodeParameters, rows: IDataObject[] = [{ tenant: contoso }]) {
	const result = await runWorkflow(
		cippPackage,
		cippWorkflow({
			resource: 'tenant',
			operation: 'resetPasswords',
			tenantFilter: locator('domain', '={{ $json.tenant }}'),
			...parameters,
		}),
		{ credentials: sandboxCredential(sandbox()), pinData: inputs(rows) },
	);
	const items = result.error ? [] : result.output('CIPP');
	return { result, items, users: items.map((item) => item.json) };
}

const byUser = (users: IDataObject[]) => Object.fromEntries(users.map((user) => [user.userId, user]));

test('the dry run (default) lists every user of the tenant, excludes admins and guests, and changes nothing', async () => {
	const passwordsBefore = usersOf(fixtures.tenantIds.contoso).map((user) => user.lastPasswordChangeDateTime);
	const { result, items, users } = await resetTenant({});
	expect(result.error).toBeUndefined();
	expect(resetCalls()).toEqual([]);
	expect(users.map((user) => user.userId).sort()).toEqual(
		usersOf(fixtures.tenantIds.contoso)
			.map((user) => user.userPrincipalName)
			.sort(),
	);
	items.forEach((item) => expect(item.pairedItem).toEqual({ item: 0 }));
	const found = byUser(users);
	expect(found[upnOf('Contoso Admin')]).toMatchObject({ status: 'excluded', roles: ['Global Administrator'], dryRun: true });
	expect(found[upnOf('Lee Gu')]).toMatchObject({ status: 'excluded', roles: ['User Administrator'] });
	expect(found[upnOf('Jane Doe')]).toMatchObject({ status: 'excluded', reason: expect.stringContaining('Guest') });
	expect(found[upnOf('Adele Vance')]).toMatchObject({ status: 'wouldReset', steps: { privilegedCheck: { status: 'passed' } } });
	expect(users.filter((user) => user.status === 'wouldReset')).toHaveLength(users.length - 3);
	expect(usersOf(fixtures.tenantIds.contoso).map((user) => user.lastPasswordChangeDateTime)).toEqual(passwordsBefore);
});

test('a department, for real: each user reset with the safe steps and their own password', async () => {
	const { users } = await resetTenant({ target: 'department', department: 'Marketing', dryRun: false });
	expect(users.map((user) => user.userId).sort()).toEqual([upnOf('Alex Wilber'), upnOf('Megan Bowen')].sort());
	for (const user of users) {
		expect(user).toMatchObject({
			status: 'success',
			dryRun: false,
			complete: true,
			mustChangePassword: true,
			steps: { revokeSessions: { status: 'done' }, verify: { status: 'confirmed' } },
		});
		expect(user.temporaryPassword).toBe(sandbox().findUser(contoso, String(user.userId))?.passwordProfile?.password);
	}
	expect(
		resetCalls()
			.map((call) => (call.body as IDataObject).ID)
			.sort(),
	).toEqual(users.map((user) => user.userId).sort());
});

test("a group's user members; the admin among them is excluded even for real", async () => {
	const salesTeam = stableGuid(`${fixtures.tenantIds.contoso}/group/Sales Team`);
	const { users } = await resetTenant({ target: 'group', groupId: locator('id', salesTeam), dryRun: false, passwordOutput: 'omit' });
	const found = byUser(users);
	expect(Object.keys(found).sort()).toEqual([upnOf('Alex Wilber'), upnOf('Megan Bowen'), upnOf('Lee Gu')].sort());
	expect(found[upnOf('Lee Gu')]).toMatchObject({ status: 'excluded', roles: ['User Administrator'] });
	expect(resetCalls().map((call) => (call.body as IDataObject).ID)).not.toContain(upnOf('Lee Gu'));
	expect(users.filter((user) => user.status === 'success')).toHaveLength(2);
	expect(JSON.stringify(users)).not.toMatch(/temporaryPassword|maskedTemporaryPassword/);
});

test('a list of UPNs: unknown ones are reported, a failing user does not stop the others', async () => {
	const list = [upnOf('Joni Sherman'), 'nobody@tailspin.onmicrosoft.com', upnOf('Irvin Sayers')].join(', ');
	const { result, users } = await resetTenant({ target: 'userList', userPrincipalNames: list, dryRun: false }, [{ tenant: tailspin }]);
	expect(result.error).toBeUndefined();
	expect(users.map((user) => [user.userId, user.status])).toEqual([
		// Directory-synced in a tenant without password writeback: CIPP refuses.
		[upnOf('Joni Sherman'), 'failed'],
		['nobody@tailspin.onmicrosoft.com', 'notFound'],
		[upnOf('Irvin Sayers'), 'excluded'],
	]);
	expect(users[0].error).toContain('password writeback is not enabled');
});

test('two input items (two tenants): every user item is paired with the item that asked for it', async () => {
	const { items } = await resetTenant({ target: 'department', department: 'IT' }, [{ tenant: contoso }, { tenant: tailspin }]);
	const pairs = items.map((item) => [item.json.tenantFilter, (item.pairedItem as { item: number }).item]);
	expect(pairs).toEqual([
		[contoso, 0],
		[tailspin, 1],
	]);
});

test.each([
	[{ target: 'department', department: '  ' }, 'Department'],
	[{ target: 'userList', userPrincipalNames: '={{ $json.upns ?? "" }}' }, 'User Principal Names'],
	[{ target: 'userList', userPrincipalNames: 'adele.vance, alex.wilber@contoso.onmicrosoft.com' }, 'User Principal Names'],
])('bad input %j is refused before any request', async (parameters, field) => {
	const { result } = await resetTenant(parameters);
	expect(result.error?.message).toContain(field);
	expect(sandbox().requests.filter((request) => request.endpoint !== undefined)).toEqual([]);
});
