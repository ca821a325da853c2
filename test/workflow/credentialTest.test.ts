import { testCredential } from '../harness/credentialTest';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { cippPackage } from '../support/cippPackage';
import { CREDENTIAL_ID, sandboxCredential } from '../support/workflows';

const sandbox = sandboxPerFile();

async function test_(overrides: Parameters<typeof sandboxCredential>[1] = {}) {
	return await testCredential(cippPackage, 'cippApi', sandboxCredential(sandbox(), overrides)[CREDENTIAL_ID]);
}

describe('the credential test (GET /api/me)', () => {
	test('passes with the right values, whatever the API URL ends with', async () => {
		for (const apiUrl of [sandbox().url, `${sandbox().url}/`, `${sandbox().url}/api`, `${sandbox().url}/api/`]) {
			sandbox().clearLog();
			expect(await test_({ apiUrl })).toEqual({ status: 'OK', message: expect.any(String) });
			expect(sandbox().requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
				`POST /${sandbox().tenantId}/oauth2/v2.0/token 200`,
				'GET /api/me 200',
			]);
		}
	});

	type Overrides = Parameters<typeof sandboxCredential>[1];
	const unknownTenant = '00000000-0000-0000-0000-000000000000';
	test.each<[string, () => Overrides, RegExp]>([
		['a wrong API key', () => ({ apiKey: 'not-the-secret' }), /The API Key is wrong/],
		['an unknown tenant', () => ({ tenantId: unknownTenant, tokenUrl: sandbox().tokenUrl(unknownTenant) }), /The Tenant ID is unknown/],
		['an unknown client ID', () => ({ clientId: '11111111-1111-1111-1111-111111111111' }), /Application \(Client\) ID is not registered/],
		[
			'an app without an Application ID URI',
			() => ({ clientId: sandbox().clients.noUri.clientId, apiKey: sandbox().clients.noUri.clientSecret }),
			/no Application ID URI.*Repair URI/,
		],
		[
			'an API URL that is the web front end',
			() => ({ apiUrl: `${sandbox().url}/frontend` }),
			/not as the CIPP API: it is probably the CIPP web front end/,
		],
		['a self-signed certificate with the toggle off', () => ({ ignoreSSLIssues: false }), /Ignore SSL Issues \(Insecure\)/],
	])('explains %s', async (_name, overrides, explanation) => {
		const result = await test_(overrides());
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(explanation);
		expect(result.message).not.toContain(sandbox().clientSecret);
	});

	test.each([
		[401, /did not accept the token.*Save to Azure/],
		[403, /refused this API client/],
		[404, /does not lead to a CIPP API/],
	])('explains HTTP %s from /api/me', async (status, explanation) => {
		// n8n itself fetches a new token once after a 401, so a 401 has to come twice to be final.
		sandbox().injectFault({ endpoint: 'me', status, body: 'refused', times: status === 401 ? 2 : 1 });
		const result = await test_();
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(explanation) });
	});
});
