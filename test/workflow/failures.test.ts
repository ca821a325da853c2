import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow, type WorkflowResult } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { CREDENTIAL_ID, inputs, node, resetPasswordFromItems, sandboxCredential } from '../support/workflows';

const { scenarios } = fixtures;
const sandbox = sandboxPerFile({ latencyMs: 0, tokenLifetimeSeconds: 3600 });

const row = (scenario: { tenant: string; upn?: string }) => ({ tenant: scenario.tenant, user: scenario.upn });
const tokenRequests = () => sandbox().requests.filter((request) => request.path.endsWith('/oauth2/v2.0/token'));
const resetCalls = () => sandbox().requests.filter((request) => request.endpoint === 'ExecResetPass');

async function reset(
	rows: IDataObject[],
	{
		continueOnFail = false,
		credential = {},
		options = {},
	}: { continueOnFail?: boolean; credential?: Partial<ICredentialDataDecryptedObject>; options?: IDataObject } = {},
): Promise<WorkflowResult> {
	const workflow = resetPasswordFromItems(continueOnFail ? { onError: 'continueRegularOutput' } : {});
	node(workflow, 'CIPP').parameters.options = options as INodeParameters;
	return await runWorkflow(cippPackage, workflow, {
		credentials: sandboxCredential(sandbox(), credential),
		pinData: inputs(rows),
	});
}

describe("CIPP's failures become errors with CIPP's text and a hint", () => {
	const table: Array<[string, { tenant: string; upn?: string }, RegExp, RegExp]> = [
		[
			'Insufficient privileges',
			scenarios.insufficientPrivileges,
			/Insufficient privileges to complete the operation/,
			/User Administrator or Password Administrator/,
		],
		['complexity requirements', scenarios.passwordPolicyTooShort, /does not meet the complexity requirements/, /Settings → Passwords/],
		['Resource does not exist', scenarios.unknownUser, /Resource '.*' does not exist/, /Check the UPN or object ID/],
		[
			'synced user without writeback',
			scenarios.syncedUserWithoutWriteback,
			/directory synced/,
			/password writeback must be on in Entra Connect.*asynchronous/,
		],
	];

	test('with "On Error: Continue", one error item per failed input, paired, and the others go on', async () => {
		const rows = [row(scenarios.cloudUser), ...table.map(([, scenario]) => row(scenario)), row(scenarios.disabledUser)];
		const resetsBefore = sandbox().resetCount();
		const result = await reset(rows, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		const output = result.output('CIPP');
		expect(output).toHaveLength(rows.length);
		output.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		expect(output[0].json.status).toBe('success');
		expect(output[rows.length - 1].json.status).toBe('success');
		table.forEach(([name, , cippText, hint], index) => {
			const item = output[index + 1].json;
			expect({ name, error: item.error }).toEqual({ name, error: expect.stringMatching(cippText) });
			expect(item.error).toContain(`[item ${index + 1}]`);
			expect({ name, description: item.description }).toEqual({ name, description: expect.stringMatching(hint) });
			expect(item).not.toHaveProperty('temporaryPassword');
		});
		expect(sandbox().resetCount() - resetsBefore).toBe(2);
	});

	test.each(table)('without it, %s stops the run and names the item', async (_name, scenario, cippText, hint) => {
		const result = await reset([row(scenarios.cloudUser), row(scenario)], { options: { concurrency: 1 } });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toMatch(cippText);
		expect(result.error?.message).toContain('[item 1]');
		expect(result.error?.description).toMatch(hint);
		expect(result.error?.httpCode).toBe('500');
	});

	test('plain-text 403 when the tenant is outside the API client role', async () => {
		const restricted = sandbox().clients.restricted;
		const result = await reset([row(scenarios.passwordPolicyTooShort)], {
			credential: { clientId: restricted.clientId, apiKey: restricted.clientSecret },
		});
		expect(result.error?.message).toContain('Access to this tenant is not allowed');
		expect(result.error?.description).toMatch(/limited to other tenants/);
		expect(result.error?.httpCode).toBe('403');
	});

	test('plain-text 403 when the API client role lacks the permission, naming it', async () => {
		const readonly = sandbox().clients.readonly;
		const resetsBefore = sandbox().resetCount();
		const result = await reset([row(scenarios.cloudUser)], {
			credential: { clientId: readonly.clientId, apiKey: readonly.clientSecret },
		});
		expect(result.error?.message).toContain('Access to this CIPP API endpoint is not allowed');
		expect(result.error?.description).toContain('Identity.User.ReadWrite');
		expect(sandbox().resetCount()).toBe(resetsBefore);
	});

	test('404 Endpoint not found (a CIPP without this endpoint)', async () => {
		sandbox().injectFault({ endpoint: 'ExecResetPass', status: 404, body: 'Endpoint not found' });
		const result = await reset([row(scenarios.cloudUser)]);
		expect(result.error?.message).toContain('CIPP does not know the endpoint ExecResetPass');
		expect(result.error?.description).toMatch(/Update CIPP/);
	});

	test('401 that a fresh token does not cure', async () => {
		sandbox().injectFault({ endpoint: 'ExecResetPass', status: 401, body: 'You do not have permission to view this directory or page.' });
		const result = await reset([row(scenarios.cloudUser)]);
		expect(result.error?.message).toContain('did not accept the access token');
		expect(result.error?.description).toMatch(/Save to Azure/);
		expect(tokenRequests()).toHaveLength(2);
	});

	test("an HTML page: the API URL points at CIPP's web front end", async () => {
		const result = await reset([row(scenarios.cloudUser)], { credential: { apiUrl: `${sandbox().url}/frontend` } });
		expect(result.error?.message).toContain('answered with a web page, not the CIPP API');
		expect(result.error?.description).toContain('"API URL"');
	});

	test('a request that hangs past the timeout', async () => {
		sandbox().injectFault({ endpoint: 'ExecResetPass', hangMs: 2500 });
		const result = await reset([row(scenarios.cloudUser)], { options: { timeout: 1, maxAttempts: 1 } });
		expect(result.error?.message).toContain('CIPP did not answer ExecResetPass within 1 seconds');
		expect(result.error?.description).toMatch(/timeout/);
	});

	test('a self-signed certificate fails closed without the toggle, naming it', async () => {
		const result = await reset([row(scenarios.cloudUser)], { credential: { ignoreSSLIssues: false } });
		expect(result.error?.message).toMatch(/certificate .* is not trusted/);
		expect(result.error?.message).toContain('"Ignore SSL Issues (Insecure)"');
		expect(resetCalls()).toHaveLength(0);
		expect(tokenRequests()).toHaveLength(0);
	});
});

describe('the access token', () => {
	test('expires while many requests are in flight: it is fetched again once and the run carries on', async () => {
		const warm = await reset([row(scenarios.cloudUser)]);
		const firstToken = warm.credentialsHelper.store.get(CREDENTIAL_ID)?.accessToken;
		sandbox().clearLog();
		sandbox().configure({ latencyMs: 200 });
		const expiry = setTimeout(() => sandbox().expireTokens(), 300);
		// One HTTP request per item, so that several meet the 401 at once (batches are tested in batching.test.ts).
		const workflow = resetPasswordFromItems();
		node(workflow, 'CIPP').parameters.options = { batchRequests: false };
		const result = await runWorkflow(cippPackage, workflow, {
			credentials: sandboxCredential(sandbox()),
			pinData: inputs(Array.from({ length: 12 }, () => row(scenarios.cloudUser))),
			credentialsHelper: warm.credentialsHelper,
		});
		clearTimeout(expiry);
		expect(result.error).toBeUndefined();
		expect(result.output('CIPP').map((item) => item.json.status)).toEqual(Array(12).fill('success'));
		expect(resetCalls().filter((call) => call.status === 401).length).toBeGreaterThan(1);
		expect(tokenRequests()).toHaveLength(1);
		expect(firstToken).toEqual(expect.any(String));
		expect(result.credentialsHelper.store.get(CREDENTIAL_ID)?.accessToken).not.toBe(firstToken);
	});

	test('with a short lifetime, a long run renews it as often as it expires and loses no item', async () => {
		sandbox().configure({ tokenLifetimeSeconds: 1, latencyMs: 150 });
		const started = Date.now();
		const rows = Array.from({ length: 20 }, () => row(scenarios.cloudUser));
		const result = await reset(rows, { options: { concurrency: 2 } });
		const seconds = (Date.now() - started) / 1000;
		expect(result.error).toBeUndefined();
		expect(result.output('CIPP').filter((item) => item.json.status === 'success')).toHaveLength(20);
		expect(tokenRequests().length).toBeGreaterThan(1);
		expect(tokenRequests().length).toBeLessThanOrEqual(1 + Math.ceil(seconds));
	});

	test('is kept by n8n between runs, not fetched per run', async () => {
		const first = await reset([row(scenarios.cloudUser)]);
		const stored = first.credentialsHelper.store.get(CREDENTIAL_ID);
		const second = await runWorkflow(cippPackage, resetPasswordFromItems(), {
			credentials: sandboxCredential(sandbox()),
			pinData: inputs([row(scenarios.cloudUser)]),
			credentialsHelper: first.credentialsHelper,
		});
		expect(second.error).toBeUndefined();
		expect(tokenRequests()).toHaveLength(1);
		expect(second.credentialsHelper.store.get(CREDENTIAL_ID)?.accessToken).toBe(stored?.accessToken);
	});
});
