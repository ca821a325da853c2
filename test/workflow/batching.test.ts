/**
 * Batch Requests (on by default): items that are ready together go to CIPP as one $batch call,
 * and each item still gets its own answer, retries and error.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { CREDENTIAL_ID, inputs, node, resetPasswordFromItems, sandboxCredential } from '../support/workflows';

const sandbox = sandboxPerFile({ latencyMs: 20, tokenLifetimeSeconds: 3600 });

const contosoMembers = fixtures.users.filter(
	(user) => user.tenantId === fixtures.tenantIds.contoso && user.userType === 'Member' && user.onPremisesSyncEnabled !== true,
);
const rows = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		tenant: 'contoso.onmicrosoft.com',
		user: contosoMembers[index % contosoMembers.length].userPrincipalName,
	}));

async function resetAll(items: IDataObject[], options: INodeParameters = {}, continueOnFail = false) {
	const workflow = resetPasswordFromItems(continueOnFail ? { onError: 'continueRegularOutput' } : {});
	node(workflow, 'CIPP').parameters.options = { concurrency: 10, tenantConcurrency: 10, ...options };
	const result = await runWorkflow(cippPackage, workflow, { credentials: sandboxCredential(sandbox()), pinData: inputs(items) });
	expect(result.error).toBeUndefined();
	return result;
}

const httpRequests = () => sandbox().requests.filter((request) => request.endpoint !== undefined && !request.inBatch);
const resetsSent = () => sandbox().requests.filter((request) => request.endpoint === 'ExecResetPass');

test('12 items at concurrency 10: one batch of 10, then the 2 left in a second batch; each item its own answer', async () => {
	const items = rows(12);
	const result = await resetAll(items);
	expect(httpRequests().map((request) => [request.endpoint, ((request.body as IDataObject).requests as unknown[]).length])).toEqual([
		['$batch', 10],
		['$batch', 2],
	]);
	expect(resetsSent().every((request) => request.inBatch && request.contractViolations?.length === 0)).toBe(true);
	const output = result.output('CIPP');
	expect(output).toHaveLength(12);
	output.forEach((item, index) => {
		expect(item.pairedItem).toEqual({ item: index });
		expect(item.json).toMatchObject({ userId: items[index].user, status: 'success' });
	});
	// The last reset of each user is the password the sandbox holds.
	const lastPassword = new Map(output.map((item) => [item.json.userId, item.json.temporaryPassword]));
	for (const [upn, password] of lastPassword)
		expect(sandbox().findUser('contoso.onmicrosoft.com', String(upn))?.passwordProfile?.password).toBe(password);
});

test('a sub-request that fails for good fails only its item', async () => {
	const items = rows(6);
	items[2] = { tenant: 'contoso.onmicrosoft.com', user: 'nobody@contoso.onmicrosoft.com' };
	const output = (await resetAll(items, {}, true)).output('CIPP');
	expect(output.map((item) => (item.json.error ? 'error' : item.json.status))).toEqual([
		'success',
		'success',
		'error',
		'success',
		'success',
		'success',
	]);
	expect(output[2].json.error).toContain('does not exist');
	expect(httpRequests()).toHaveLength(1);
});

test('a sub-request that fails for a moment is tried again on its own; the others are not repeated', async () => {
	sandbox().injectFault({ endpoint: 'ExecResetPass', status: 503, body: 'Service Unavailable', times: 1 });
	const output = (await resetAll(rows(5))).output('CIPP');
	expect(output.map((item) => item.json.status)).toEqual(Array(5).fill('success'));
	expect(resetsSent().map((request) => request.status)).toEqual([503, 200, 200, 200, 200, 200]);
	expect(sandbox().stats().resets).toBe(5);
});

test('a batch whose connection drops is tried again, every item of it', async () => {
	sandbox().injectFault({ endpoint: '$batch', drop: true, times: 1 });
	const output = (await resetAll(rows(5))).output('CIPP');
	expect(output.map((item) => item.json.status)).toEqual(Array(5).fill('success'));
	const [dropped] = httpRequests();
	expect({
		endpoint: dropped.endpoint,
		status: dropped.status,
		items: ((dropped.body as IDataObject).requests as unknown[]).length,
	}).toEqual({
		endpoint: '$batch',
		status: 0,
		items: 5,
	});
	// CIPP never ran the dropped batch: each user was reset once, by the retries.
	expect(sandbox().stats().resets).toBe(5);
});

test('a CIPP without $batch (404) is detected once, and the run goes on one request per item', async () => {
	sandbox().injectFault({ endpoint: '$batch', status: 404, body: 'Endpoint not found' });
	const output = (await resetAll(rows(8))).output('CIPP');
	expect(output.map((item) => item.json.status)).toEqual(Array(8).fill('success'));
	expect(httpRequests().map((request) => request.endpoint)).toEqual(['$batch', ...Array(8).fill('ExecResetPass')]);
});

test('Batch Requests off: one request per item', async () => {
	await resetAll(rows(4), { batchRequests: false });
	expect(httpRequests().map((request) => request.endpoint)).toEqual(Array(4).fill('ExecResetPass'));
});

test('a token that expires between batches is fetched again once', async () => {
	const first = await resetAll(rows(2));
	const firstToken = first.credentialsHelper.store.get(CREDENTIAL_ID)?.accessToken;
	sandbox().clearLog();
	sandbox().expireTokens();
	const workflow = resetPasswordFromItems();
	node(workflow, 'CIPP').parameters.options = { concurrency: 10 };
	const result = await runWorkflow(cippPackage, workflow, {
		credentials: sandboxCredential(sandbox()),
		pinData: inputs(rows(15)),
		credentialsHelper: first.credentialsHelper,
	});
	expect(result.error).toBeUndefined();
	expect(result.output('CIPP').map((item) => item.json.status)).toEqual(Array(15).fill('success'));
	expect(sandbox().requests.filter((request) => request.path.includes('/oauth2/'))).toHaveLength(1);
	// The batch that met the 401 and n8n's renewing resend of it carried the expired token; nothing after it did.
	const rejected = httpRequests().filter((request) => request.status === 401);
	expect(rejected.length).toBeGreaterThan(0);
	expect(new Set(rejected.map((request) => request.tokenSerial)).size).toBe(1);
	expect(
		httpRequests()
			.filter((request) => request.status === 200)
			.every((request) => request.tokenSerial !== rejected[0].tokenSerial),
	).toBe(true);
	expect(firstToken).toEqual(expect.any(String));
	expect(result.credentialsHelper.store.get(CREDENTIAL_ID)?.accessToken).not.toBe(firstToken);
});
