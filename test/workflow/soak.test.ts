import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { inputs, node, resetPasswordFromItems, sandboxCredential } from '../support/workflows';

/**
 * A few hundred resets while the sandbox throttles, drops and hangs: nothing may be lost,
 * duplicated beyond the retried request, or paired with the wrong input.
 */
const sandbox = sandboxPerFile(
	{ chaos: undefined, tenantConcurrencyLimit: undefined },
	{ syntheticTenants: 4, syntheticUsersPerTenant: 75, latencyMs: 5 },
);
let rows: IDataObject[];

beforeAll(() => {
	rows = sandbox()
		.syntheticTenants()
		.flatMap(({ domain, users }) => users.map((user) => ({ tenant: domain, user })));
});

async function resetAll(items: IDataObject[], options: IDataObject) {
	const workflow = resetPasswordFromItems({ onError: 'continueRegularOutput' });
	node(workflow, 'CIPP').parameters.options = options as INodeParameters;
	const result = await runWorkflow(cippPackage, workflow, { credentials: sandboxCredential(sandbox()), pinData: inputs(items) });
	expect(result.error).toBeUndefined();
	return result.output('CIPP');
}

/** Waits until requests the client gave up on have finished on the server. */
async function serverSettled() {
	for (let waited = 0; sandbox().stats().inFlight > 0 && waited < 10_000; waited += 50) {
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

test('20% transient faults: every item succeeds, once per input, paired with it', async () => {
	expect(rows).toHaveLength(300);
	sandbox().configure({ chaos: { rate: 0.2, seed: 20261122, kinds: ['429', '503', 'drop'], retryAfterSeconds: 0.05 } });
	sandbox().injectFault({ endpoint: 'ExecResetPass', hangMs: 2500, times: 1 });

	const output = await resetAll(rows, { concurrency: 10, timeout: 1, maxAttempts: 10, maxRetryTime: 60 });
	await serverSettled();

	expect(output).toHaveLength(rows.length);
	output.forEach((item, index) => {
		expect(item.pairedItem).toEqual({ item: index });
		expect(item.json).toMatchObject({ userId: rows[index].user, tenantFilter: rows[index].tenant, status: 'success' });
	});
	const stats = sandbox().stats();
	const injected = Object.values(stats.injected).reduce((sum, count) => sum + count, 0);
	expect(injected).toBeGreaterThan(rows.length * 0.1);
	expect(stats.injected['429']).toBeGreaterThan(0);
	expect(stats.injected['503']).toBeGreaterThan(0);
	expect(stats.injected.drop).toBeGreaterThan(0);
	// Resets whose answer never came back (the hung batch CIPP finished after the client gave up,
	// and the sub-requests a dropped batch had already run) were retried: they are the only duplicates.
	expect(stats.completedAfterClientGone).toBeGreaterThanOrEqual(1);
	expect(stats.resets).toBe(rows.length + stats.completedAfterClientGone);
	const distinctPasswords = new Set(output.map((item) => item.json.temporaryPassword));
	expect(distinctPasswords.size).toBe(rows.length);
});

test('with permanent faults mixed in, the error items are exactly the permanently failed ones', async () => {
	sandbox().configure({ chaos: { rate: 0.2, seed: 7, kinds: ['429', '503', 'throttle500'], retryAfterSeconds: 0.05 } });
	const mixed = rows.slice(0, 120).map((row, index) => (index % 10 === 3 ? { ...row, user: `nobody${index}@${String(row.tenant)}` } : row));
	const permanent = new Set(mixed.flatMap((row, index) => (String(row.user).startsWith('nobody') ? [index] : [])));

	const output = await resetAll(mixed, { concurrency: 8, maxAttempts: 10, maxRetryTime: 60 });

	expect(output).toHaveLength(mixed.length);
	output.forEach((item, index) => {
		expect(item.pairedItem).toEqual({ item: index });
		if (permanent.has(index)) {
			expect(item.json.error).toMatch(/does not exist/);
			expect(item.json.description).toMatch(/Check the UPN or object ID/);
		} else {
			expect(item.json).toMatchObject({ status: 'success', userId: mixed[index].user });
		}
	});
	// A permanent failure reaches CIPP's code once: it is not retried.
	for (const index of permanent) {
		const answered = sandbox().requests.filter(
			(request) => (request.body as IDataObject | undefined)?.ID === mixed[index].user && request.status === 500,
		);
		expect(answered.filter((request) => request.injected === undefined)).toHaveLength(1);
	}
	expect(sandbox().stats().resets).toBe(mixed.length - permanent.size);
});

test('the per-tenant cap keeps a throttling tenant under its limit', async () => {
	sandbox().configure({ tenantConcurrencyLimit: { limit: 2, answer: '429', retryAfterSeconds: 0.05 } });
	const batch = rows.slice(0, 80);

	const capped = await resetAll(batch, { concurrency: 8, tenantConcurrency: 2 });
	expect(capped.every((item) => item.json.status === 'success')).toBe(true);
	expect(sandbox().stats().injected['429'] ?? 0).toBe(0);
	expect(Math.max(...Object.values(sandbox().stats().maxInFlightPerTenant))).toBeLessThanOrEqual(2);

	sandbox().resetStats();
	const uncapped = await resetAll(batch, { concurrency: 8, tenantConcurrency: 8, maxAttempts: 20 });
	expect(uncapped.every((item) => item.json.status === 'success')).toBe(true);
	expect(sandbox().stats().injected['429']).toBeGreaterThan(0);
});
