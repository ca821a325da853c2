import { logged } from '../support/logCapture';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { TestCredentialsHelper } from '../harness/credentials';
import { runWorkflow, type WorkflowResult } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { cippPackage } from '../support/cippPackage';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { inputs, resetPasswordFromItems, sandboxCredential } from '../support/workflows';

const { scenarios } = fixtures;
const sandbox = sandboxPerFile();
const issuedTokens = new Set<string>();

beforeAll(() => {
	const update = TestCredentialsHelper.prototype.updateCredentials;
	jest.spyOn(TestCredentialsHelper.prototype, 'updateCredentials').mockImplementation(async function (
		this: TestCredentialsHelper,
		details,
		type,
		data: ICredentialDataDecryptedObject,
	) {
		if (typeof data.accessToken === 'string' && data.accessToken) issuedTokens.add(data.accessToken);
		return await update.call(this, details, type, data);
	});
});
afterAll(() => jest.restoreAllMocks());

function everythingVisible(result: WorkflowResult): string {
	const error = result.error as (Error & IDataObject) | undefined;
	return JSON.stringify({
		output: result.output('CIPP'),
		error: error && { ...error, message: error.message, stack: error.stack, description: error.description },
		runError: result.run.data.resultData.error,
	});
}

test('the API key, client secret and tokens never reach an output item, an error or a log line', async () => {
	const wrongSecret = 'Wr0ngSecretValue~not-the-real-one-1234567';
	const runs: Array<{ rows: IDataObject[]; credential?: Partial<ICredentialDataDecryptedObject>; continueOnFail?: boolean }> = [
		{ rows: [scenarios.cloudUser, scenarios.unknownUser, scenarios.insufficientPrivileges], continueOnFail: true },
		{ rows: [scenarios.passwordPolicyTooShort] },
		{ rows: [scenarios.cloudUser], credential: { apiKey: wrongSecret } },
		{ rows: [scenarios.cloudUser], credential: { ignoreSSLIssues: false } },
		{ rows: [scenarios.cloudUser], credential: { apiUrl: `${sandbox().url}/frontend` } },
		{
			rows: [scenarios.cloudUser],
			credential: { clientId: sandbox().clients.readonly.clientId, apiKey: sandbox().clients.readonly.clientSecret },
		},
	];
	const visible: string[] = [];
	for (const { rows, credential, continueOnFail } of runs) {
		const result = await runWorkflow(cippPackage, resetPasswordFromItems(continueOnFail ? { onError: 'continueRegularOutput' } : {}), {
			credentials: sandboxCredential(sandbox(), credential),
			pinData: inputs(rows.map((scenario) => ({ tenant: scenario.tenant, user: scenario.upn }))),
		});
		visible.push(everythingVisible(result));
	}
	sandbox().requests.forEach((request) => visible.push(JSON.stringify(request)));

	// The runs above really did fail and log, and tokens really were issued: the checks below are not vacuous.
	expect(visible.join('\n')).toContain('Invalid client secret');
	expect(logged.join('\n')).toContain('does not meet the complexity requirements');
	expect(issuedTokens.size).toBeGreaterThan(0);

	const secrets = [sandbox().clientSecret, sandbox().clients.readonly.clientSecret, wrongSecret, ...issuedTokens];
	const haystacks = { outputsAndErrors: visible.join('\n'), logs: logged.join('\n') };
	for (const secret of secrets) {
		for (const [where, text] of Object.entries(haystacks)) {
			expect({ where, leaked: text.includes(secret) }).toEqual({ where, leaked: false });
		}
	}
});
