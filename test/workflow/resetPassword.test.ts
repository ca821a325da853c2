import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { cippWorkflow, inputs, locator, resetPasswordFromItems, sandboxCredential } from '../support/workflows';

const { scenarios } = fixtures;
const sandbox = sandboxPerFile({ pwPush: false, latencyMs: 0 });

const resetCalls = () => sandbox().requests.filter((request) => request.endpoint === 'ExecResetPass');

async function reset(
	rows: IDataObject[],
	options: { continueOnFail?: boolean; credential?: Partial<ICredentialDataDecryptedObject> } = {},
) {
	return await runWorkflow(cippPackage, resetPasswordFromItems(options.continueOnFail ? { onError: 'continueRegularOutput' } : {}), {
		credentials: sandboxCredential(sandbox(), options.credential),
		pinData: inputs(rows),
	});
}

describe('Reset Password', () => {
	test('resets a cloud user and returns the password only in temporaryPassword', async () => {
		const { tenant, upn } = scenarios.cloudUser;
		const result = await reset([{ tenant, user: upn }]);
		expect(result.error).toBeUndefined();
		const [item] = result.output('CIPP');
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({
			userId: upn,
			tenantFilter: tenant,
			mustChangePassword: true,
			status: 'success',
			temporaryPassword: expect.stringMatching(/^\S{14}$/),
			message: expect.stringContaining('Successfully reset the password'),
			resetAt: expect.any(String),
			complete: true,
			steps: {
				privilegedCheck: { status: 'skipped', reason: 'Allow Privileged Accounts is on' },
				enableAccount: { status: 'skipped', reason: 'Enable Account First is off' },
				revokeSessions: { status: 'skipped', reason: 'Revoke Sessions is off' },
				verify: { status: 'skipped', reason: 'Verify Reset is off' },
			},
		});
		const password = item.json.temporaryPassword as string;
		expect(item.json.message).not.toContain(password);
		expect(item.json.message).toContain('[see temporaryPassword]');
		expect(sandbox().findUser(tenant, upn)?.passwordProfile?.password).toBe(password);
	});

	test.each([true, false])('always sends MustChange as the JSON boolean %s', async (mustChange) => {
		const { tenant, upn } = scenarios.cloudUser;
		const result = await reset([{ tenant, user: upn, mustChange }]);
		expect(result.output('CIPP')[0].json.mustChangePassword).toBe(mustChange);
		const [call] = resetCalls();
		expect(call.method).toBe('POST');
		expect(call.query).toEqual({});
		expect(call.body).toEqual({ tenantFilter: tenant, ID: upn, MustChange: mustChange });
		expect(call.contractViolations).toEqual([]);
		expect(sandbox().findUser(tenant, upn)?.passwordProfile?.forceChangePasswordNextSignIn).toBe(mustChange);
	});

	test('reports a directory-synced user as pending (password writeback)', async () => {
		const { tenant, upn } = scenarios.syncedUserWithWriteback;
		const [item] = (await reset([{ tenant, user: upn }])).output('CIPP');
		expect(item.json.status).toBe('pending');
		expect(item.json.temporaryPassword).toEqual(expect.any(String));
		expect(item.json.message).toContain('writeback');
		expect(item.json.message).not.toContain(item.json.temporaryPassword as string);
	});

	test('returns a PwPush link instead of the password when CIPP uses PwPush', async () => {
		sandbox().configure({ pwPush: true });
		const { tenant, upn } = scenarios.cloudUser;
		const [item] = (await reset([{ tenant, user: upn }])).output('CIPP');
		expect(item.json.passwordLink).toMatch(/^https:\/\//);
		expect(item.json).not.toHaveProperty('temporaryPassword');
		expect(item.json.message).toContain('[see passwordLink]');
	});

	test("resets a guest by its #EXT# UPN, which CIPP would otherwise cut at the '#'", async () => {
		const { tenant, upn } = scenarios.guestUser;
		expect(upn).toContain('#EXT#');
		const result = await reset([{ tenant, user: upn }]);
		expect(result.error).toBeUndefined();
		expect(result.output('CIPP')[0].json).toMatchObject({ userId: upn, status: 'success' });
		expect((resetCalls()[0].body as IDataObject).ID).toBe(upn.replace(/#/g, '%23'));
	});

	test('takes the tenant by ID and the user by object ID from the resource locators', async () => {
		const { tenantId, userId } = scenarios.cloudUser;
		const result = await runWorkflow(
			cippPackage,
			cippWorkflow({
				resource: 'user',
				operation: 'resetPassword',
				tenantFilter: locator('id', tenantId),
				userId: locator('id', userId),
			}),
			{ credentials: sandboxCredential(sandbox()) },
		);
		expect(result.output('CIPP')[0].json).toMatchObject({ userId, tenantFilter: tenantId, status: 'success', mustChangePassword: true });
		expect(resetCalls()[0].body).toEqual({ tenantFilter: tenantId, ID: userId, MustChange: true });
	});
});

describe('bad input is refused before anything is sent', () => {
	test.each([
		[{ tenant: scenarios.cloudUser.tenant, user: '   ' }, 'User ID', 'empty'],
		[{ tenant: scenarios.cloudUser.tenant, user: 'adele' }, 'User ID', 'neither a user principal name nor an object ID'],
		[{ tenant: scenarios.cloudUser.tenant, user: 'adele@contoso.com\r\nX: y' }, 'User ID', 'control characters'],
		[{ tenant: 'AllTenants', user: scenarios.cloudUser.upn }, 'Tenant Filter', 'cannot be the tenant of a change'],
		[{ tenant: `${'x'.repeat(300)}.com`, user: scenarios.cloudUser.upn }, 'Tenant Filter', 'at most 256'],
		[{ tenant: scenarios.cloudUser.tenant, user: scenarios.cloudUser.upn, mustChange: 'yes' }, 'Must Change Password', 'not true or false'],
	])('%j', async (row, field, problem) => {
		const result = await reset([row]);
		expect(result.error?.message).toContain(`"${field}"`);
		expect(result.error?.message).toContain('item 0');
		expect(result.error?.message).toContain(problem);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(resetCalls()).toHaveLength(0);
	});
});
