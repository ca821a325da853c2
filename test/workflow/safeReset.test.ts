import '../support/logCapture';

/**
 * User → Reset Password with its safety steps, through n8n's engine against the sandbox: every
 * option, and every side step failing, with what CIPP received and what changed in the tenant.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { cippWorkflow, inputs, locator, sandboxCredential } from '../support/workflows';

const { scenarios } = fixtures;
const upnOf = (name: string) => fixtures.users.find((user) => user.displayName === name)?.userPrincipalName ?? '';
const contoso = scenarios.cloudUser.tenant;

const sandbox = sandboxPerFile({ pwPush: false, latencyMs: 0 });

const calls = () =>
	sandbox()
		.requests.filter((request) => request.endpoint !== undefined)
		.map((request) => request.endpoint);

async function reset(tenant: string, upn: string, options: INodeParameters = {}, continueOnFail = false) {
	const result = await runWorkflow(
		cippPackage,
		cippWorkflow(
			{ resource: 'user', operation: 'resetPassword', tenantFilter: locator('domain', tenant), userId: locator('upn', upn), ...options },
			continueOnFail ? { onError: 'continueRegularOutput' } : {},
		),
		{ credentials: sandboxCredential(sandbox()), pinData: inputs([{}]) },
	);
	const [item] = result.error ? [] : result.output('CIPP');
	return { result, item: item?.json as IDataObject & { steps: Record<string, IDataObject> } };
}

describe('the safe defaults', () => {
	test('check roles, reset, revoke sessions, verify: every step reported', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const sessionsBefore = sandbox().findUser(tenant, upn)?.signInSessionsValidFromDateTime;
		const { result, item } = await reset(tenant, upn);
		expect(result.error).toBeUndefined();
		expect(calls()).toEqual(['ListGraphRequest', 'ExecResetPass', 'ExecRevokeSessions', 'ListGraphRequest']);
		const roleCheck = sandbox().requests.find((request) => request.endpoint === 'ListGraphRequest');
		expect(roleCheck?.query).toMatchObject({ Endpoint: `users/${upn}/transitiveMemberOf/microsoft.graph.directoryRole` });
		expect(item).toMatchObject({
			userId: upn,
			status: 'success',
			mustChangePassword: true,
			complete: true,
			temporaryPassword: sandbox().findUser(tenant, upn)?.passwordProfile?.password,
			steps: {
				privilegedCheck: { status: 'passed', roles: [] },
				enableAccount: { status: 'skipped' },
				revokeSessions: { status: 'done', message: expect.stringContaining('Successfully revoked sessions') },
				verify: { status: 'confirmed', onPremisesSyncEnabled: false, accountEnabled: true },
			},
		});
		const user = sandbox().findUser(tenant, upn);
		expect(user?.signInSessionsValidFromDateTime).not.toBe(sessionsBefore);
		expect(Date.parse(String(item.steps.verify.lastPasswordChangeDateTime))).toBeGreaterThanOrEqual(Date.parse(String(item.resetAt)));
	});

	test('an account holding a directory role is refused before anything changes', async () => {
		const upn = upnOf('Lee Gu');
		const passwordBefore = sandbox().findUser(contoso, upn)?.passwordProfile;
		const { result } = await reset(contoso, upn);
		expect(result.error?.message).toBe(`Refused to reset ${upn}: the account holds the directory role User Administrator`);
		expect(result.error?.description).toContain('Nothing was changed');
		expect(result.error?.description).toContain('Allow Privileged Accounts');
		expect(calls()).toEqual(['ListGraphRequest']);
		expect(sandbox().findUser(contoso, upn)?.passwordProfile).toEqual(passwordBefore);
	});

	test("with On Error: Continue the refusal is the item's error item", async () => {
		const { result, item } = await reset(contoso, upnOf('Contoso Admin'), {}, true);
		expect(result.error).toBeUndefined();
		expect(item.error).toContain('Global Administrator');
		expect(calls()).not.toContain('ExecResetPass');
	});

	test('Allow Privileged Accounts resets an admin and says the check was skipped', async () => {
		const upn = upnOf('Lee Gu');
		const { item } = await reset(contoso, upn, { allowPrivilegedAccounts: true });
		expect(item.steps.privilegedCheck).toEqual({ status: 'skipped', reason: 'Allow Privileged Accounts is on' });
		// No role check: the reset comes first.
		expect(calls()).toEqual(['ExecResetPass', 'ExecRevokeSessions', 'ListGraphRequest']);
		expect(item.temporaryPassword).toBe(sandbox().findUser(contoso, upn)?.passwordProfile?.password);
	});

	test('a role check that fails stops the reset', async () => {
		sandbox().injectFault({ endpoint: 'ListGraphRequest', status: 403, body: 'Forbidden', times: 1 });
		const { result } = await reset(contoso, scenarios.cloudUser.upn);
		// CIPP's refusal keeps its own message and hint, and says that nothing changed.
		expect(result.error?.message).toBe('CIPP: Forbidden [item 0]');
		expect(result.error?.description).toMatch(
			/^CIPP answered HTTP 403\..* Nothing was changed: the password is only reset once the admin-role check has passed\.$/,
		);
		expect(calls()).toEqual(['ListGraphRequest']);
	});
});

describe('Enable Account First', () => {
	test('off (default): a disabled account is reset but stays disabled, and the verification says so', async () => {
		const { tenant, upn } = scenarios.disabledUser;
		const { item } = await reset(tenant, upn);
		expect(calls()).not.toContain('ExecDisableUser');
		expect(item.steps.enableAccount).toEqual({ status: 'skipped', reason: 'Enable Account First is off' });
		expect(item.steps.verify).toMatchObject({ status: 'confirmed', accountEnabled: false });
		expect(sandbox().findUser(tenant, upn)?.accountEnabled).toBe(false);
	});

	test('on: a disabled account is enabled before the reset', async () => {
		const { tenant: writable, upn: disabled } = scenarios.disabledUser;
		const { item } = await reset(writable, disabled, { enableAccountFirst: true });
		expect(calls()).toEqual([
			'ListGraphRequest',
			'ListGraphRequest',
			'ExecDisableUser',
			'ExecResetPass',
			'ExecRevokeSessions',
			'ListGraphRequest',
		]);
		expect(sandbox().requests.find((request) => request.endpoint === 'ExecDisableUser')?.body).toEqual({
			tenantFilter: writable,
			ID: disabled,
			Enable: true,
		});
		expect(item.steps.enableAccount).toMatchObject({ status: 'done' });
		expect(item.steps.verify).toMatchObject({ status: 'confirmed', accountEnabled: true });
		expect(sandbox().findUser(writable, disabled)?.accountEnabled).toBe(true);
	});

	test('on: an enabled account is left alone', async () => {
		const { item } = await reset(contoso, scenarios.cloudUser.upn, { enableAccountFirst: true });
		expect(calls()).not.toContain('ExecDisableUser');
		expect(item.steps.enableAccount).toEqual({ status: 'notNeeded', reason: 'The account is enabled' });
	});

	test('on: a disabled directory-synced account is refused before anything changes (CIPP would enable it in the cloud, then fail)', async () => {
		const upn = upnOf('Pradeep Gupta');
		const passwordBefore = sandbox().findUser(contoso, upn)?.passwordProfile;
		const { result } = await reset(contoso, upn, { enableAccountFirst: true });
		expect(result.error?.message).toBe(
			`Refused to enable ${upn} before the reset: the account is synced from on-premises Active Directory`,
		);
		expect(result.error?.description).toContain('Nothing was changed');
		expect(calls()).not.toContain('ExecDisableUser');
		expect(calls()).not.toContain('ExecResetPass');
		expect(sandbox().findUser(contoso, upn)?.accountEnabled).toBe(false);
		expect(sandbox().findUser(contoso, upn)?.passwordProfile).toEqual(passwordBefore);
	});

	test('on: if enabling fails the password is not reset', async () => {
		sandbox().injectFault({
			endpoint: 'ExecDisableUser',
			status: 500,
			body: { Results: 'Failed to set sign-in state. Error: Insufficient privileges to complete the operation.' },
		});
		const { tenant, upn } = scenarios.disabledUser;
		// An earlier test may have enabled this account: disabled again, so enabling is needed.
		const user = sandbox().findUser(tenant, upn);
		if (user) user.accountEnabled = false;
		const passwordBefore = user?.passwordProfile;
		const { result } = await reset(tenant, upn, { enableAccountFirst: true });
		expect(result.error?.message).toMatch(new RegExp(`^Could not enable ${upn} before the reset: .*Insufficient privileges`));
		expect(result.error?.description).toContain('The password was not reset');
		expect(calls()).not.toContain('ExecResetPass');
		expect(sandbox().findUser(tenant, upn)?.passwordProfile).toEqual(passwordBefore);
	});
});

describe('follow-ups that fail never hide the reset', () => {
	test('revoking sessions fails: the item has the password, the failed step and complete: false', async () => {
		sandbox().injectFault({
			endpoint: 'ExecRevokeSessions',
			status: 500,
			body: { Results: 'Failed to revoke sessions for x: Insufficient privileges to complete the operation.' },
		});
		const { tenant, upn } = scenarios.cloudUser;
		const { result, item } = await reset(tenant, upn);
		expect(result.error).toBeUndefined();
		expect(item).toMatchObject({
			status: 'success',
			complete: false,
			temporaryPassword: sandbox().findUser(tenant, upn)?.passwordProfile?.password,
		});
		expect(item.steps.revokeSessions).toEqual({ status: 'failed', error: expect.stringContaining('Insufficient privileges') });
		expect(item.steps.verify).toMatchObject({ status: 'confirmed' });
	});

	test('verifying fails: the item has the password and the failed verification', async () => {
		// The role check passes; the read after the reset fails.
		sandbox().injectFault({
			endpoint: 'ListGraphRequest',
			after: 1,
			status: 400,
			body: 'Graph Error: Service unavailable - Endpoint: users',
		});
		const { tenant, upn } = scenarios.cloudUser;
		const { item } = await reset(tenant, upn);
		expect(item).toMatchObject({ status: 'success', complete: false, temporaryPassword: expect.any(String) });
		expect(item.steps.verify).toEqual({ status: 'failed', error: expect.stringContaining('Service unavailable') });
	});

	test('Graph not showing the change yet: read three times, then unconfirmed with a note', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const stale = {
			Results: [
				{
					id: 'x',
					userPrincipalName: upn,
					accountEnabled: true,
					onPremisesSyncEnabled: null,
					lastPasswordChangeDateTime: '2026-02-03T10:15:22Z',
				},
			],
		};
		sandbox().injectFault({ endpoint: 'ListGraphRequest', after: 1, status: 200, body: stale, times: 3 });
		const { item } = await reset(tenant, upn);
		expect(calls().filter((endpoint) => endpoint === 'ListGraphRequest')).toHaveLength(4);
		expect(item).toMatchObject({
			complete: true,
			steps: { verify: { status: 'unconfirmed', note: expect.stringContaining('Get Password Reset Status') } },
		});
	});
});

describe('directory-synced users', () => {
	test('reset through writeback: status and verification stay pending, with a note', async () => {
		const { tenant, upn } = scenarios.syncedUserWithWriteback;
		const { item } = await reset(tenant, upn);
		expect(item).toMatchObject({
			status: 'pending',
			complete: true,
			steps: { verify: { status: 'pending', onPremisesSyncEnabled: true, note: expect.stringContaining('asynchronously') } },
		});
	});
});

describe('Password Output', () => {
	test('Mask: only the masked password, in its own field, and not in the message', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const { item } = await reset(tenant, upn, { passwordOutput: 'mask' });
		const password = String(sandbox().findUser(tenant, upn)?.passwordProfile?.password);
		expect(item.temporaryPassword).toBeUndefined();
		expect(item.maskedTemporaryPassword).toBe(`${password.slice(0, 2)}${'*'.repeat(password.length - 4)}${password.slice(-2)}`);
		expect(JSON.stringify(item)).not.toContain(password);
		expect(item.message).toContain('[see maskedTemporaryPassword]');
	});

	test('Omit: no trace of the password anywhere in the item', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const { item } = await reset(tenant, upn, { passwordOutput: 'omit' });
		const password = String(sandbox().findUser(tenant, upn)?.passwordProfile?.password);
		expect(Object.keys(item).filter((key) => /password/i.test(key) && key !== 'mustChangePassword')).toEqual([]);
		expect(JSON.stringify(item)).not.toContain(password);
		expect(item.message).toContain('[omitted]');
	});

	test.each([
		['include', 'passwordLink'],
		['mask', 'maskedPasswordLink'],
	])('a PwPush link with %s comes back as %s', async (mode, field) => {
		sandbox().configure({ pwPush: true });
		const { tenant, upn } = scenarios.cloudUser;
		const { item } = await reset(tenant, upn, { passwordOutput: mode });
		expect(item.temporaryPassword).toBeUndefined();
		expect(item[field]).toEqual(mode === 'include' ? expect.stringMatching(/^https:\/\/pwpush\./) : expect.stringMatching(/^ht\*+/));
	});
});

describe('the logbook and the status check afterwards', () => {
	test('CIPP logged the reset and the revocation, without the password; Get Many Logs finds them', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const { item } = await reset(tenant, upn);
		const logs = await runWorkflow(
			cippPackage,
			cippWorkflow({
				resource: 'administration',
				operation: 'getManyLogs',
				additionalFields: { tenant, api: 'ExecResetPass|ExecRevokeSessions' },
				returnAll: true,
			}),
			{ credentials: sandboxCredential(sandbox()), pinData: inputs([{}]) },
		);
		const rows = logs.output('CIPP').map((row) => row.json);
		expect(rows.map((row) => row.API)).toEqual(expect.arrayContaining(['ExecResetPass', 'ExecRevokeSessions']));
		const resetRow = rows.find((row) => row.API === 'ExecResetPass' && String(row.Message).includes(upn));
		expect(resetRow).toBeDefined();
		expect(JSON.stringify(rows)).not.toContain(String(item.temporaryPassword));
	});

	test('Get Password Reset Status: confirmed since the reset, unconfirmed for a later time', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const { item } = await reset(tenant, upn, { verifyReset: false, revokeSessions: false });
		const status = async (changedSince: string) => {
			const run = await runWorkflow(
				cippPackage,
				cippWorkflow({
					resource: 'user',
					operation: 'getPasswordResetStatus',
					tenantFilter: locator('domain', tenant),
					userId: locator('upn', upn),
					changedSince,
				}),
				{ credentials: sandboxCredential(sandbox()), pinData: inputs([{}]) },
			);
			expect(run.error).toBeUndefined();
			return run.output('CIPP')[0].json;
		};
		expect(await status(String(item.resetAt))).toMatchObject({
			userId: upn,
			status: 'confirmed',
			onPremisesSyncEnabled: false,
			accountEnabled: true,
		});
		expect(await status(new Date(Date.now() + 3_600_000).toISOString())).toMatchObject({ status: 'unconfirmed' });
	});
});
