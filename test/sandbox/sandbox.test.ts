/**
 * Smoke test of the CIPP sandbox itself (not of the node).
 * Run: npx jest --rootDir . --preset ts-jest test/sandbox
 */
import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';
import * as https from 'node:https';
import { CippSandbox, fixtures } from './index';
import type { ClientName } from './index';

const { scenarios, userIds, tenantIds } = fixtures;
const CONTOSO = 'contoso.onmicrosoft.com';

let sandbox: CippSandbox;
let http: AxiosInstance;

function client(sb: CippSandbox): AxiosInstance {
	return axios.create({
		baseURL: sb.url,
		httpsAgent: new https.Agent({ ca: sb.certificatePem }),
		validateStatus: () => true,
	});
}

function tokenForm(fields: Record<string, string>): string {
	return new URLSearchParams(fields).toString();
}

async function requestToken(sb: CippSandbox, fields: Record<string, string>, tenantId?: string): Promise<AxiosResponse> {
	return client(sb).post(sb.tokenUrl(tenantId), tokenForm(fields), {
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
	});
}

async function tokenFor(sb: CippSandbox, name: ClientName = 'editor'): Promise<string> {
	const { clientId, clientSecret } = sb.clients[name];
	const res = await requestToken(sb, {
		grant_type: 'client_credentials',
		client_id: clientId,
		client_secret: clientSecret,
		scope: `api://${clientId}/.default`,
	});
	expect(res.status).toBe(200);
	return res.data.access_token as string;
}

const tokens: Partial<Record<ClientName, string>> = {};
async function api(method: 'GET' | 'POST', path: string, body?: unknown, as: ClientName = 'editor'): Promise<AxiosResponse> {
	tokens[as] ??= await tokenFor(sandbox, as);
	return http.request({ method, url: path, data: body, headers: { Authorization: `Bearer ${tokens[as]}` } });
}

const resetPass = (body: Record<string, unknown>, as: ClientName = 'editor') => api('POST', '/api/ExecResetPass', body, as);

beforeAll(async () => {
	sandbox = await CippSandbox.start();
	http = client(sandbox);
});

afterAll(async () => {
	await sandbox.stop();
});

afterEach(() => {
	sandbox.clearFaults();
	sandbox.configure({ pwPush: false, latencyMs: 0, latencyJitterMs: 0, chaos: null, tenantConcurrencyLimit: null, logRequests: true });
});

describe('Entra token endpoint', () => {
	it('issues a bearer token for the client-credentials grant', async () => {
		const res = await requestToken(sandbox, {
			grant_type: 'client_credentials',
			client_id: sandbox.clientId,
			client_secret: sandbox.clientSecret,
			scope: `api://${sandbox.clientId}/.default`,
		});
		expect(res.status).toBe(200);
		expect(res.data).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 });
		expect(typeof res.data.access_token).toBe('string');
		expect(sandbox.tokenUrl()).toBe(`${sandbox.url}/${sandbox.tenantId}/oauth2/v2.0/token`);
	});

	const valid = () => ({
		grant_type: 'client_credentials',
		client_id: sandbox.clientId,
		client_secret: sandbox.clientSecret,
		scope: `api://${sandbox.clientId}/.default`,
	});

	it.each([
		['unknown tenant', () => [valid(), 'b5b5b5b5-0000-4000-8000-000000000000'], 400, 'invalid_request', 90002],
		['unknown client', () => [{ ...valid(), client_id: '11111111-2222-4333-8444-555555555555' }], 400, 'unauthorized_client', 700016],
		['client of another directory', () => [valid(), tenantIds.contoso], 400, 'unauthorized_client', 700016],
		['wrong secret', () => [{ ...valid(), client_secret: 'nope' }], 401, 'invalid_client', 7000215],
		[
			'wrong resource',
			() => [{ ...valid(), scope: 'api://00000000-1111-4222-8333-444444444444/.default' }],
			400,
			'invalid_resource',
			500011,
		],
		[
			'app without Application ID URI',
			() => {
				const { clientId, clientSecret } = sandbox.clients.noUri;
				return [{ ...valid(), client_id: clientId, client_secret: clientSecret, scope: `api://${clientId}/.default` }];
			},
			400,
			'invalid_resource',
			500011,
		],
		[
			'scope without /.default',
			() => [{ ...valid(), scope: `api://${sandbox.clientId}/user_impersonation` }],
			400,
			'invalid_scope',
			1002012,
		],
		['wrong grant type', () => [{ ...valid(), grant_type: 'password' }], 400, 'unsupported_grant_type', 70003],
	] as Array<[string, () => [Record<string, string>, string?], number, string, number]>)(
		'%s -> Entra error',
		async (_name, args, status, error, code) => {
			const [fields, tenant] = args();
			const res = await requestToken(sandbox, fields, tenant);
			expect(res.status).toBe(status);
			expect(res.data.error).toBe(error);
			expect(res.data.error_codes).toEqual([code]);
			expect(res.data.error_description).toMatch(new RegExp(`^AADSTS${code}: .* Trace ID: .* Timestamp: `));
		},
	);

	it('words the common errors like Entra', async () => {
		const unknownTenant = await requestToken(sandbox, valid(), 'nope.onmicrosoft.com');
		expect(unknownTenant.data.error_description).toContain("AADSTS90002: Tenant 'nope.onmicrosoft.com' not found.");
		const secret = await requestToken(sandbox, { ...valid(), client_secret: 'x' });
		expect(secret.data.error_description).toContain(`for a secret added to app '${sandbox.clientId}'.`);
		const { clientId: noUri, clientSecret: noUriSecret } = sandbox.clients.noUri;
		const resource = await requestToken(sandbox, {
			...valid(),
			client_id: noUri,
			client_secret: noUriSecret,
			scope: `api://${noUri}/.default`,
		});
		expect(resource.data.error_description).toContain(
			`The resource principal named api://${noUri} was not found in the tenant named Northstar IT Services.`,
		);
	});

	it('does not read JSON bodies (Entra only takes form posts) but accepts HTTP Basic client auth', async () => {
		const json = await http.post(sandbox.tokenUrl(), valid());
		expect(json.status).toBe(400);
		expect(json.data.error_description).toContain("AADSTS900144: The request body must contain the following parameter: 'grant_type'.");

		const basic = await http.post(
			sandbox.tokenUrl(),
			tokenForm({ grant_type: 'client_credentials', scope: `api://${sandbox.clientId}/.default` }),
			{
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				auth: { username: sandbox.clientId, password: sandbox.clientSecret },
			},
		);
		expect(basic.status).toBe(200);
	});

	it('issues Graph tokens, which CIPP then rejects', async () => {
		const res = await requestToken(sandbox, { ...valid(), scope: 'https://graph.microsoft.com/.default' });
		expect(res.status).toBe(200);
		const me = await http.get('/api/me', { headers: { Authorization: `Bearer ${res.data.access_token}` } });
		expect(me.status).toBe(401);
	});
});

describe('Easy Auth', () => {
	it('answers 401 plain text without a valid token', async () => {
		const none = await http.get('/api/ListTenants');
		expect(none.status).toBe(401);
		expect(none.headers['content-type']).toMatch(/^text\/plain/);
		expect(none.data).toBe('You do not have permission to view this directory or page.');
		const garbage = await http.get('/api/ListTenants', { headers: { Authorization: 'Bearer not-a-token' } });
		expect(garbage.status).toBe(401);
		const unknownEndpoint = await http.get('/api/NoSuchThing');
		expect(unknownEndpoint.status).toBe(401);
	});

	it('rejects expired tokens', async () => {
		const short = await CippSandbox.start({ tokenLifetimeSeconds: 1 });
		try {
			const token = await tokenFor(short);
			const fresh = await client(short).get('/api/me', { headers: { Authorization: `Bearer ${token}` } });
			expect(fresh.status).toBe(200);
			await new Promise((resolve) => setTimeout(resolve, 1050));
			const expired = await client(short).get('/api/me', { headers: { Authorization: `Bearer ${token}` } });
			expect(expired.status).toBe(401);
			const logged = short.requests.at(-1);
			expect(logged).toMatchObject({ tokenSerial: 1, status: 401 });
			expect(logged?.clientId).toBeUndefined();

			const second = await tokenFor(short);
			short.expireTokens();
			expect((await client(short).get('/api/me', { headers: { Authorization: `Bearer ${second}` } })).status).toBe(401);
			const third = await tokenFor(short);
			expect((await client(short).get('/api/me', { headers: { Authorization: `Bearer ${third}` } })).status).toBe(200);
		} finally {
			await short.stop();
		}
	});
});

describe('/api/me and routing', () => {
	it('returns the client principal (as text/plain JSON, like CIPP)', async () => {
		const res = await api('GET', '/api/me');
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toMatch(/^text\/plain/);
		expect(res.data.clientPrincipal).toEqual({ appId: sandbox.clientId, appRole: ['editor'] });
		expect(res.data.permissions).toContain('Identity.User.ReadWrite');
		const readonly = await api('GET', '/api/me', undefined, 'readonly');
		expect(readonly.data.permissions).toContain('Identity.User.Read');
		expect(readonly.data.permissions).not.toContain('Identity.User.ReadWrite');
	});

	it('serves the front-end HTML outside /api', async () => {
		for (const path of ['/', '/ExecResetPass', '/identity/administration/users']) {
			const res = await http.post(path, { x: 1 });
			expect(res.status).toBe(200);
			expect(res.headers['content-type']).toMatch(/^text\/html/);
			expect(res.data).toMatch(/^<!DOCTYPE html><html[^>]*><head>.*<title>CIPP<\/title>/);
		}
	});

	it('looks endpoints up case-insensitively, logs them as sent, 404s unknown ones', async () => {
		sandbox.clearLog();
		const res = await api('GET', '/api/listtenants');
		expect(res.status).toBe(200);
		expect(sandbox.requests.at(-1)).toMatchObject({ path: '/api/listtenants', endpoint: 'listtenants', status: 200 });
		const missing = await api('GET', '/api/ExecNoSuchThing?tenantFilter=x');
		expect(missing.status).toBe(404);
		expect(missing.headers['content-type']).toMatch(/^text\/plain/);
		expect(missing.data).toBe('Endpoint not found');
	});
});

describe('access control', () => {
	it('403s a readonly client on a ReadWrite endpoint', async () => {
		const res = await resetPass({ tenantFilter: CONTOSO, ID: scenarios.cloudUser.upn }, 'readonly');
		expect(res.status).toBe(403);
		expect(res.headers['content-type']).toMatch(/^text\/plain/);
		expect(res.data).toBe(
			"Access to this CIPP API endpoint is not allowed, the 'readonly' base role does not have the required permission: Identity.User.ReadWrite",
		);
	});

	it('403s the restricted client outside its permissions and tenants', async () => {
		const devices = await api('GET', '/api/ListDevices?tenantFilter=contoso.onmicrosoft.com', undefined, 'restricted');
		expect(devices.status).toBe(403);
		expect(devices.data).toBe(
			'Access to this CIPP API endpoint is not allowed, you do not have the required permission: Endpoint.Device.Read',
		);

		const otherTenant = await resetPass(
			{ tenantFilter: 'fabrikam.onmicrosoft.com', ID: scenarios.passwordPolicyTooShort.upn },
			'restricted',
		);
		expect(otherTenant.status).toBe(403);
		expect(otherTenant.data).toBe('Access to this tenant is not allowed');
		const byQuery = await api('GET', `/api/ListUsers?TENANTFILTER=${tenantIds.fabrikam}`, undefined, 'restricted');
		expect(byQuery.status).toBe(403);
		const allTenantsWrite = await resetPass({ tenantFilter: 'AllTenants', ID: scenarios.cloudUser.upn }, 'restricted');
		expect(allTenantsWrite.status).toBe(403);
		expect(allTenantsWrite.data).toBe('Access to this tenant is not allowed');
	});

	it('lets the restricted client work in its own tenant', async () => {
		const tenants = await api('GET', '/api/ListTenants', undefined, 'restricted');
		expect(tenants.data.map((t: { defaultDomainName: string }) => t.defaultDomainName)).toEqual([CONTOSO]);
		const reset = await resetPass({ tenantFilter: CONTOSO, ID: userIds.alexWilber }, 'restricted');
		expect(reset.status).toBe(200);
		const allTenantsRead = await api('GET', '/api/ListUsers?tenantFilter=AllTenants', undefined, 'restricted');
		expect(allTenantsRead.status).toBe(200);
	});
});

describe('ListTenants / ListTenantDetails / ListDevices', () => {
	it('lists the partner tenant and the GDAP customers', async () => {
		const res = await api('GET', '/api/ListTenants');
		expect(res.status).toBe(200);
		const names = res.data.map((t: { displayName: string }) => t.displayName);
		expect(names).toEqual(['*Partner Tenant', 'Contoso Ltd', 'Fabrikam Inc', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank']);
		expect(res.data[1]).toMatchObject({
			customerId: tenantIds.contoso,
			defaultDomainName: CONTOSO,
			initialDomainName: CONTOSO,
			delegatedPrivilegeStatus: 'granularDelegatedAdminPrivileges',
		});
		const selector = await api('GET', '/api/ListTenants?AllTenantSelector=true');
		expect(selector.data[0]).toMatchObject({ customerId: 'AllTenants', defaultDomainName: 'AllTenants', displayName: '*All Tenants' });
		const one = await api('GET', '/api/ListTenants?tenantFilter=woodgrove.onmicrosoft.com&AllTenantSelector=true');
		expect(one.data).toHaveLength(1);
		expect(one.data[0].defaultDomainName).toBe('woodgrovebank.com');
	});

	it('returns organization details, or a plain-text 500 for an unknown tenant', async () => {
		const res = await api('GET', `/api/ListTenantDetails?tenantFilter=${tenantIds.fabrikam}`);
		expect(res.status).toBe(200);
		expect(res.data).toMatchObject({ id: tenantIds.fabrikam, displayName: 'Fabrikam Inc', city: 'Seattle', onPremisesSyncEnabled: null });
		const unknown = await api('GET', '/api/ListTenantDetails?tenantFilter=nope.onmicrosoft.com');
		expect(unknown.status).toBe(500);
		expect(unknown.data).toMatch(
			/^Failed to retrieve tenant details: Could not get token: invalid_request:AADSTS90002: Tenant 'nope.onmicrosoft.com' not found\./,
		);
	});

	it('lists Intune devices; a tenant without Intune gives 403 with a text array', async () => {
		const res = await api('GET', `/api/ListDevices?tenantFilter=${CONTOSO}`);
		expect(res.status).toBe(200);
		expect(res.data).toHaveLength(3);
		expect(res.data[0]).toMatchObject({ deviceName: 'CONTOSO-LT-0142', operatingSystem: 'Windows', complianceState: 'compliant' });
		const unlicensed = await api('GET', '/api/ListDevices?tenantFilter=tailspin.onmicrosoft.com');
		expect(unlicensed.status).toBe(403);
		expect(unlicensed.data).toEqual(['Required license not available for this tenant']);
	});
});

describe('ListUsers', () => {
	it('lists a tenant with CIPP extras and boolean onPremisesSyncEnabled', async () => {
		const res = await api('GET', `/api/ListUsers?tenantFilter=${CONTOSO}`);
		expect(res.status).toBe(200);
		expect(res.data).toHaveLength(11);
		for (const user of res.data) expect(typeof user.onPremisesSyncEnabled).toBe('boolean');
		const adele = res.data.find((u: { id: string }) => u.id === userIds.adeleVance);
		expect(adele).toMatchObject({
			userPrincipalName: 'adele.vance@contoso.onmicrosoft.com',
			username: 'adele.vance',
			LicJoined: 'Microsoft 365 Business Premium',
			primDomain: { value: CONTOSO, label: CONTOSO },
			manager: { id: userIds.meganBowen },
		});
		expect(adele).not.toHaveProperty('passwordProfile');
		expect(adele).not.toHaveProperty('tenantId');
		const guest = res.data.find((u: { id: string }) => u.id === userIds.janeGuest);
		expect(guest).toMatchObject({ userType: 'Guest', userPrincipalName: 'jane_gmail.com#EXT#@contoso.onmicrosoft.com' });
	});

	it('supports simple graphFilter expressions', async () => {
		const disabled = await api(
			'GET',
			`/api/ListUsers?tenantFilter=${CONTOSO}&graphFilter=${encodeURIComponent('accountEnabled eq false')}`,
		);
		expect(disabled.data.map((u: { displayName: string }) => u.displayName).sort()).toEqual([
			'Contoso Reception',
			'Johanna Lorenz',
			'Pradeep Gupta',
		]);
		const ad = await api('GET', `/api/ListUsers?tenantFilter=${CONTOSO}&graphFilter=${encodeURIComponent("startswith(displayName,'ad')")}`);
		expect(ad.data.map((u: { displayName: string }) => u.displayName)).toEqual(['Adele Vance']);
	});

	it('gets one user by UPN or id; a missing user is a plain-text 500', async () => {
		const byUpn = await api('GET', `/api/ListUsers?tenantFilter=${CONTOSO}&UserID=ADELE.VANCE@contoso.onmicrosoft.com`);
		expect(byUpn.status).toBe(200);
		expect(byUpn.data).toHaveLength(1);
		expect(byUpn.data[0].id).toBe(userIds.adeleVance);
		const byId = await api('GET', `/api/ListUsers?tenantFilter=${CONTOSO}&UserID=${userIds.diegoSiciliani}`);
		expect(byId.data[0]).toMatchObject({ displayName: 'Diego Siciliani', onPremisesSyncEnabled: true });

		const missing = await api('GET', `/api/ListUsers?tenantFilter=${CONTOSO}&UserID=nobody@contoso.onmicrosoft.com`);
		expect(missing.status).toBe(500);
		expect(missing.data).toBe(
			"Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.",
		);
		const guestUpn = await api('GET', `/api/ListUsers?tenantFilter=${CONTOSO}&UserID=${encodeURIComponent(scenarios.guestUser.upn)}`);
		expect(guestUpn.status).toBe(500);
		expect(guestUpn.data).toContain("Resource 'jane_gmail.com' does not exist");
	});
});

describe('ExecResetPass', () => {
	const cloud = scenarios.cloudUser;
	const resultText = (res: AxiosResponse) => res.data.Results.resultText as string;

	it.each([
		[true, 'True'],
		[false, 'False'],
		[undefined, 'False'],
		['TRUE', 'True'],
		[' false ', 'False'],
	])('MustChange %p -> %s', async (mustChange, shown) => {
		const before = sandbox.resetCount();
		const res = await resetPass({ tenantFilter: cloud.tenant, ID: cloud.upn, displayName: cloud.displayName, MustChange: mustChange });
		expect(res.status).toBe(200);
		const { copyField, state } = res.data.Results;
		expect(state).toBe('success');
		expect(copyField).toMatch(/^[ABCDEFGHKLMNPRSTUVWXYZabcdefghkmnrstuvwxyz23456789$%&*#]{14}$/);
		for (const set of [/[A-Z]/, /[a-z]/, /[2-9]/, /[$%&*#]/]) expect(copyField).toMatch(set);
		expect(resultText(res)).toBe(
			`Successfully reset the password for ${cloud.displayName}, ${cloud.upn}. User must change password is set to ${shown}. The new password is ${copyField}`,
		);
		expect(sandbox.resetCount()).toBe(before + 1);
		expect(sandbox.findUser(cloud.tenant, cloud.userId)?.passwordProfile).toEqual({
			password: copyField,
			forceChangePasswordNextSignIn: shown === 'True',
		});
	});

	it("rejects MustChange 'yes' with a plain-text 500 before touching the user", async () => {
		const before = sandbox.resetCount();
		const res = await resetPass({ tenantFilter: cloud.tenant, ID: cloud.upn, MustChange: 'yes' });
		expect(res.status).toBe(500);
		expect(res.headers['content-type']).toMatch(/^text\/plain/);
		expect(res.data).toContain("String 'yes' was not recognized as a valid Boolean.");
		expect(sandbox.resetCount()).toBe(before);
	});

	it('reads the query string first, and works with GET', async () => {
		const res = await api('GET', `/api/ExecResetPass?tenantFilter=${CONTOSO}&ID=${userIds.adeleVance}&MustChange=true`);
		expect(res.status).toBe(200);
		expect(resultText(res)).toContain(`for ${userIds.adeleVance}, ${userIds.adeleVance}. User must change password is set to True`);
		const mixed = await api('POST', '/api/ExecResetPass?MustChange=false', {
			tenantFilter: CONTOSO,
			ID: userIds.adeleVance,
			MustChange: 'yes',
		});
		expect(mixed.status).toBe(200);
		expect(resultText(mixed)).toContain('set to False');
	});

	it.each([
		['disabled user', scenarios.disabledUser, 'Successfully reset the password for'],
		['synced user with writeback', scenarios.syncedUserWithWriteback, 'Password reset accepted for'],
		['cloud user in a writeback-off tenant', scenarios.cloudUserInWritebackOffTenant, 'Successfully reset the password for'],
		['custom-domain tenant', scenarios.customDomainUser, 'Successfully reset the password for'],
	])('succeeds for a %s', async (_name, s, prefix) => {
		const res = await resetPass({ tenantFilter: s.tenant, ID: s.upn, displayName: s.displayName, MustChange: false });
		expect(res.status).toBe(200);
		expect(res.data.Results.state).toBe('success');
		expect(resultText(res).startsWith(`${prefix} ${s.displayName}, ${s.upn}.`)).toBe(true);
	});

	it('synced user text says the writeback is asynchronous', async () => {
		const s = scenarios.syncedUserWithWriteback;
		const res = await resetPass({ tenantFilter: s.tenant, ID: s.userId });
		expect(resultText(res)).toContain(
			'This user is directory synced, so the reset was submitted via password writeback and is applied asynchronously - it is not confirmed yet',
		);
	});

	it('resets a guest by object id or %23-encoded UPN, but not by its raw #EXT# UPN', async () => {
		const s = scenarios.guestUser;
		expect((await resetPass({ tenantFilter: s.tenant, ID: s.userId })).status).toBe(200);
		expect((await resetPass({ tenantFilter: s.tenant, ID: s.upn.replace(/#/g, '%23') })).status).toBe(200);
		const byUpn = await resetPass({ tenantFilter: s.tenant, ID: s.upn });
		expect(byUpn.status).toBe(500);
		expect(byUpn.data.Results).toBe(
			`Failed to reset password for ${s.upn}, ${s.upn}. Error: Resource 'jane_gmail.com' does not exist or one of its queried reference-property objects are not present.`,
		);
	});

	it.each([
		[
			'missing tenantFilter (partner tenant fallback)',
			{ ID: cloud.upn },
			`Error: Resource '${cloud.upn}' does not exist or one of its queried reference-property objects are not present.`,
		],
		[
			'unknown tenant',
			{ tenantFilter: 'doesnotexist.onmicrosoft.com', ID: cloud.upn },
			"Error: Graph request denied for 'doesnotexist.onmicrosoft.com': the tenant is not in CIPP's tenant list.",
		],
		[
			'unknown user',
			{ tenantFilter: CONTOSO, ID: 'nobody@contoso.onmicrosoft.com' },
			"Error: Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.",
		],
		[
			'GDAP without User Administrator',
			{ tenantFilter: scenarios.insufficientPrivileges.tenant, ID: scenarios.insufficientPrivileges.upn },
			'Error: Insufficient privileges to complete the operation.',
		],
		[
			'password policy needing 16 characters',
			{ tenantFilter: scenarios.passwordPolicyTooShort.tenant, ID: scenarios.passwordPolicyTooShort.userId },
			'Error: The specified password does not comply with password complexity requirements. Please provide a different password. The password does not meet the complexity requirements.',
		],
		[
			'synced user without writeback',
			{ tenantFilter: scenarios.syncedUserWithoutWriteback.tenant, ID: scenarios.syncedUserWithoutWriteback.upn },
			'Error: This user is directory synced and password writeback is not enabled for the tenant. Enable password writeback in Entra Connect or reset the password in on-premises Active Directory.',
		],
	] as Array<[string, Record<string, string>, string]>)('fails with HTTP 500 for %s', async (_name, body, error) => {
		const before = sandbox.resetCount();
		const res = await resetPass({ ...body, displayName: 'Test User' });
		expect(res.status).toBe(500);
		expect(res.headers['content-type']).toMatch(/^application\/json/);
		expect(res.data).toEqual({ Results: `Failed to reset password for Test User, ${body.ID}. ${error}` });
		expect(sandbox.resetCount()).toBe(before);
	});

	it('finds partner users when tenantFilter is omitted', async () => {
		const res = await resetPass({ ID: scenarios.partnerUser.upn });
		expect(res.status).toBe(200);
	});

	it('returns a PwPush link instead of the password when PwPush is on', async () => {
		sandbox.configure({ pwPush: true });
		const res = await resetPass({ tenantFilter: cloud.tenant, ID: cloud.upn, MustChange: true });
		expect(res.status).toBe(200);
		const { copyField } = res.data.Results;
		expect(copyField).toMatch(/^https:\/\/pwpush\.com\/p\/[a-z0-9]+$/);
		expect(resultText(res)).toMatch(new RegExp(`The new password is ${copyField}$`));
		expect(sandbox.findUser(cloud.tenant, cloud.upn)?.passwordProfile?.password).toMatch(/^.{14}$/);
	});
});

describe('faults and knobs', () => {
	it('answers with an injected status and headers, `times` times', async () => {
		sandbox.injectFault({ endpoint: 'execresetpass', status: 429, headers: { 'Retry-After': '1' }, body: { error: 'busy' }, times: 1 });
		const first = await resetPass({ tenantFilter: CONTOSO, ID: userIds.leeGu });
		expect(first.status).toBe(429);
		expect(first.headers['retry-after']).toBe('1');
		expect(first.data).toEqual({ error: 'busy' });
		const second = await resetPass({ tenantFilter: CONTOSO, ID: userIds.leeGu });
		expect(second.status).toBe(200);
	});

	it('only after authentication, and only for matching endpoints', async () => {
		sandbox.injectFault({ status: 503, body: 'Service Unavailable' });
		expect((await http.get('/api/ListTenants')).status).toBe(401);
		const res = await api('GET', '/api/ListTenants');
		expect(res.status).toBe(503);
		expect(res.data).toBe('Service Unavailable');
		sandbox.clearFaults();
		sandbox.injectFault({ endpoint: 'ListDevices', status: 500 });
		expect((await api('GET', '/api/ListTenants')).status).toBe(200);
	});

	it('drops the connection', async () => {
		sandbox.injectFault({ endpoint: 'ListTenants', drop: true, times: 1 });
		await expect(api('GET', '/api/ListTenants')).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|ERR_SOCKET|EPIPE/) });
		expect(sandbox.requests.at(-1)?.status).toBe(0);
		expect((await api('GET', '/api/ListTenants')).status).toBe(200);
	});

	it('hangs long enough for a client timeout, or then answers normally', async () => {
		tokens.editor ??= await tokenFor(sandbox);
		sandbox.injectFault({ endpoint: 'ListTenants', hangMs: 400, status: 504, times: 1 });
		await expect(
			http.get('/api/ListTenants', { timeout: 100, headers: { Authorization: `Bearer ${tokens.editor}` } }),
		).rejects.toMatchObject({ code: 'ECONNABORTED' });
		sandbox.injectFault({ endpoint: 'ListTenants', hangMs: 150, times: 1 });
		const started = Date.now();
		const slow = await api('GET', '/api/ListTenants');
		expect(slow.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	it('adds latency to /api calls', async () => {
		sandbox.configure({ latencyMs: 120 });
		const started = Date.now();
		await api('GET', '/api/me');
		expect(Date.now() - started).toBeGreaterThanOrEqual(110);
	});
});

describe('request log and isolation', () => {
	it('logs requests without tokens or secrets', async () => {
		sandbox.clearLog();
		await tokenFor(sandbox, 'readonly');
		await api('POST', '/api/ExecResetPass?MustChange=true', { tenantFilter: CONTOSO, ID: userIds.leeGu });
		const [tokenRequest, apiRequest] = sandbox.requests;
		expect(tokenRequest).toMatchObject({ method: 'POST', path: `/${sandbox.tenantId}/oauth2/v2.0/token`, status: 200 });
		// A form body is logged as the raw string, with the secret redacted.
		expect(tokenRequest.body).toContain(`client_id=${sandbox.clients.readonly.clientId}&client_secret=[redacted]&`);
		expect(apiRequest).toMatchObject({
			method: 'POST',
			path: '/api/ExecResetPass',
			endpoint: 'ExecResetPass',
			query: { MustChange: 'true' },
			body: { tenantFilter: CONTOSO, ID: userIds.leeGu },
			clientId: sandbox.clientId,
			status: 200,
		});
		expect(apiRequest.contentType).toMatch(/^application\/json/);
		expect(typeof apiRequest.tokenSerial).toBe('number');
		const log = JSON.stringify(sandbox.requests);
		for (const secret of [sandbox.clients.readonly.clientSecret, tokens.editor ?? '-']) expect(log).not.toContain(secret);
	});

	it('gives every sandbox its own state', async () => {
		const other = await CippSandbox.start();
		try {
			const res = await resetPass({ tenantFilter: CONTOSO, ID: userIds.meganBowen });
			expect(res.status).toBe(200);
			expect(sandbox.findUser(CONTOSO, userIds.meganBowen)?.passwordProfile).not.toBeNull();
			expect(other.findUser(CONTOSO, userIds.meganBowen)?.passwordProfile).toBeNull();
			expect(other.resetCount()).toBe(0);
			expect(fixtures.users.find((u) => u.id === userIds.meganBowen)?.passwordProfile).toBeNull();
		} finally {
			await other.stop();
		}
	});
});

describe('bulk-run knobs', () => {
	/** A keep-alive client, so concurrent requests really run side by side. */
	const keepAlive = (sb: CippSandbox) =>
		axios.create({
			baseURL: sb.url,
			httpsAgent: new https.Agent({ ca: sb.certificatePem, keepAlive: true }),
			validateStatus: () => true,
		});
	const auth = async () => ({ Authorization: `Bearer ${(tokens.editor ??= await tokenFor(sandbox))}` });
	const cloud = scenarios.cloudUser;
	const statuses = (responses: AxiosResponse[]) => responses.map((r) => r.status).sort();

	it('adds synthetic tenants and users that list and reset like fixture tenants', async () => {
		const bench = await CippSandbox.start({ syntheticTenants: 2, syntheticUsersPerTenant: 3 });
		try {
			const [first, second] = bench.syntheticTenants();
			expect(bench.syntheticTenants()).toHaveLength(2);
			expect(first).toEqual({
				domain: 'bench01.onmicrosoft.com',
				tenantId: '00000001-be4c-4000-8000-000000000000',
				users: ['user001@bench01.onmicrosoft.com', 'user002@bench01.onmicrosoft.com', 'user003@bench01.onmicrosoft.com'],
			});
			const http2 = keepAlive(bench);
			const headers = { Authorization: `Bearer ${await tokenFor(bench)}` };
			const tenants = await http2.get('/api/ListTenants', { headers });
			expect(tenants.data.map((t: { displayName: string }) => t.displayName).slice(0, 3)).toEqual([
				'*Partner Tenant',
				'Bench Tenant 01',
				'Bench Tenant 02',
			]);
			const users = await http2.get(`/api/ListUsers?tenantFilter=${second.tenantId}`, { headers });
			expect(users.data).toHaveLength(3);
			expect(users.data[0]).toMatchObject({
				id: '00000002-be4c-4000-8000-000000000001',
				userPrincipalName: 'user001@bench02.onmicrosoft.com',
				accountEnabled: true,
				onPremisesSyncEnabled: false,
				LicJoined: 'Microsoft 365 Business Basic',
			});
			const reset = await http2.post('/api/ExecResetPass', { tenantFilter: first.domain, ID: first.users[2] }, { headers });
			expect(reset.status).toBe(200);
			expect(reset.data.Results.state).toBe('success');
			expect(bench.findUser(first.tenantId, first.users[2])?.passwordProfile?.password).toBe(reset.data.Results.copyField);
			expect(bench.resetCount()).toBe(1);
		} finally {
			await bench.stop();
		}
	});

	it('creates 10 tenants x 1,000 users quickly', async () => {
		const started = Date.now();
		const bench = await CippSandbox.start({ syntheticTenants: 10, syntheticUsersPerTenant: 1000, logRequests: false });
		try {
			expect(Date.now() - started).toBeLessThan(1000);
			const last = bench.syntheticTenants()[9];
			expect(last.domain).toBe('bench10.onmicrosoft.com');
			expect(last.users).toHaveLength(1000);
			expect(last.users.at(-1)).toBe('user1000@bench10.onmicrosoft.com');
			expect(bench.findUser(last.domain, last.users[999])?.id).toBe('0000000a-be4c-4000-8000-0000000003e8');
		} finally {
			await bench.stop();
		}
	});

	it('answers requests beyond the tenant limit with 429 at once, without doing the work', async () => {
		const headers = await auth();
		// 600 ms per answer keeps all nine requests in flight together even on a loaded machine (at 200 ms a
		// busy CI host sent the last ones after the first had been answered).
		sandbox.configure({ latencyMs: 600, tenantConcurrencyLimit: { limit: 2, answer: '429', retryAfterSeconds: 0.5 } });
		sandbox.resetStats();
		const http2 = keepAlive(sandbox);
		const reset = () => http2.post('/api/ExecResetPass', { tenantFilter: CONTOSO.toUpperCase(), ID: cloud.upn }, { headers });
		const [responses, other, noTenant] = await Promise.all([
			Promise.all([reset(), http2.get(`/api/ListUsers?tenantFilter=${CONTOSO}`, { headers }), reset(), reset(), reset()]),
			http2.post(
				'/api/ExecResetPass',
				{ tenantFilter: scenarios.customDomainUser.tenant, ID: scenarios.customDomainUser.upn },
				{ headers },
			),
			Promise.all([1, 2, 3].map(() => http2.get('/api/me', { headers }))),
		]);
		expect(statuses(responses)).toEqual([200, 200, 429, 429, 429]);
		const throttled = responses.find((r) => r.status === 429);
		expect(throttled?.headers['retry-after']).toBe('0.5');
		expect(throttled?.data).toEqual({ error: { code: 'TooManyRequests', message: 'Too many requests. Please try again later.' } });
		expect(other.status).toBe(200);
		expect(statuses(noTenant)).toEqual([200, 200, 200]);
		const stats = sandbox.stats();
		expect(stats).toMatchObject({ requests: 9, injected: { '429': 3, '503': 0, drop: 0, hang: 0, throttle500: 0 } });
		expect(stats.maxInFlight).toBeGreaterThanOrEqual(6);
		// The rejected request counts while it is answered: the maximum shows the limit was passed.
		expect(stats.maxInFlightPerTenant).toEqual({ [CONTOSO]: 3, [scenarios.customDomainUser.tenant]: 1 });
		const passedResets = responses.filter((r) => r.status === 200 && r.data.Results?.state === 'success').length;
		expect(stats.resets).toBe(passedResets + 1);
	});

	it("answers beyond the tenant limit with CIPP's throttling 500 when asked to", async () => {
		const headers = await auth();
		sandbox.configure({ latencyMs: 150, tenantConcurrencyLimit: { limit: 1, answer: 'throttle500' } });
		const before = sandbox.resetCount();
		const http2 = keepAlive(sandbox);
		const responses = await Promise.all(
			[1, 2].map(() => http2.post('/api/ExecResetPass', { tenantFilter: CONTOSO, ID: userIds.leeGu, displayName: 'Lee Gu' }, { headers })),
		);
		expect(statuses(responses)).toEqual([200, 500]);
		expect(responses.find((r) => r.status === 500)?.data).toEqual({
			Results: `Failed to reset password for Lee Gu, ${userIds.leeGu}. Error: Too many requests. Please try again later. (TooManyRequests)`,
		});
		expect(sandbox.resetCount()).toBe(before + 1);
		expect(sandbox.stats().injected.throttle500).toBeGreaterThanOrEqual(1);
	});

	it('fails requests at the chaos rate, the same way for the same seed', async () => {
		const headers = await auth();
		const run = async (seed: number) => {
			sandbox.configure({ chaos: { rate: 0.5, seed, kinds: ['429', '503', 'throttle500'], retryAfterSeconds: 0.2 } });
			const seen: AxiosResponse[] = [];
			for (let i = 0; i < 16; i++) seen.push(await http.get(`/api/ListUsers?tenantFilter=${CONTOSO}&UserID=${userIds.leeGu}`, { headers }));
			return seen;
		};
		sandbox.resetStats();
		const first = await run(7);
		const codes = first.map((r) => r.status);
		const again = (await run(7)).map((r) => r.status);
		const other = (await run(8)).map((r) => r.status);
		expect(again).toEqual(codes);
		expect(other).not.toEqual(codes);
		expect(new Set(codes)).toEqual(new Set([200, 429, 503, 500]));

		const byStatus = (status: number) => first.find((r) => r.status === status);
		expect(byStatus(429)?.headers['retry-after']).toBe('0.2');
		expect(byStatus(429)?.data.error.code).toBe('TooManyRequests');
		expect(byStatus(503)?.data).toBe('Service Unavailable');
		expect(byStatus(500)?.data).toEqual({
			Results: 'Failed to process ListUsers. Error: Too many requests. Please try again later. (TooManyRequests)',
		});
		const { injected } = sandbox.stats();
		const failed = [...codes, ...again, ...other].filter((status) => status !== 200).length;
		expect(injected['429'] + injected['503'] + injected.throttle500).toBe(failed);
	});

	it('lets injected faults take precedence over chaos; undefined or null turns chaos off', async () => {
		const headers = await auth();
		sandbox.configure({ chaos: { rate: 1, kinds: ['429'] } });
		sandbox.injectFault({ endpoint: 'ListTenants', status: 503, times: 1 });
		expect((await http.get('/api/ListTenants', { headers })).status).toBe(503);
		expect((await http.get('/api/ListTenants', { headers })).status).toBe(429);
		sandbox.injectFault({ endpoint: 'ListTenants', hangMs: 20, times: 1 });
		expect((await http.get('/api/ListTenants', { headers })).status).toBe(200);
		sandbox.configure({ latencyMs: 0 });
		expect((await http.get('/api/ListTenants', { headers })).status).toBe(429);
		sandbox.configure({ chaos: undefined });
		expect((await http.get('/api/ListTenants', { headers })).status).toBe(200);
	});

	it('drops the connection before the endpoint runs', async () => {
		const headers = await auth();
		sandbox.configure({ chaos: { rate: 1, kinds: ['drop'] } });
		sandbox.resetStats();
		await expect(http.post('/api/ExecResetPass', { tenantFilter: CONTOSO, ID: cloud.upn }, { headers })).rejects.toMatchObject({
			code: expect.stringMatching(/ECONNRESET|ERR_SOCKET|EPIPE/),
		});
		expect(sandbox.stats()).toMatchObject({ requests: 1, resets: 0, injected: { drop: 1 } });
	});

	it('hangs, then runs the endpoint anyway: a timed-out client may cause a real reset', async () => {
		const headers = await auth();
		sandbox.configure({ chaos: { rate: 1, kinds: ['hang'], hangMs: 250 } });
		sandbox.resetStats();
		const body = { tenantFilter: CONTOSO, ID: userIds.alexWilber };
		await expect(http.post('/api/ExecResetPass', body, { headers, timeout: 80 })).rejects.toMatchObject({ code: 'ECONNABORTED' });
		expect(sandbox.stats().resets).toBe(0);
		const started = Date.now();
		const patient = await http.post('/api/ExecResetPass', body, { headers });
		expect(patient.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(240);
		expect(sandbox.stats()).toMatchObject({ requests: 2, resets: 2, completedAfterClientGone: 1, injected: { hang: 2 } });
	});

	it('runs the endpoint after an injected status-less hang too, and shows requests in flight', async () => {
		const headers = await auth();
		sandbox.resetStats();
		sandbox.injectFault({ endpoint: 'ExecResetPass', hangMs: 200, times: 1 });
		await expect(
			http.post('/api/ExecResetPass', { tenantFilter: CONTOSO, ID: userIds.alexWilber }, { headers, timeout: 50 }),
		).rejects.toMatchObject({ code: 'ECONNABORTED' });
		expect(sandbox.stats().inFlight).toBe(1);
		while (sandbox.stats().inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
		expect(sandbox.stats()).toMatchObject({ resets: 1, completedAfterClientGone: 1, injected: { hang: 0 } });
	});

	it('counts requests, tokens, resets and concurrency, and resets the counters', async () => {
		const headers = await auth();
		sandbox.resetStats();
		await tokenFor(sandbox, 'readonly');
		sandbox.configure({ latencyMs: 100 });
		const http2 = keepAlive(sandbox);
		await Promise.all([
			http2.post('/api/ExecResetPass', { tenantFilter: CONTOSO, ID: userIds.leeGu }, { headers }),
			http2.get(`/api/ListUsers?TenantFilter=${tenantIds.fabrikam}`, { headers }),
			http2.get('/api/ListTenants', { headers }),
		]);
		expect(sandbox.stats()).toEqual({
			requests: 3,
			tokenRequests: 1,
			resets: 1,
			completedAfterClientGone: 0,
			injected: { '429': 0, '503': 0, drop: 0, hang: 0, throttle500: 0 },
			inFlight: 0,
			maxInFlight: 3,
			maxInFlightPerTenant: { [CONTOSO]: 1, [tenantIds.fabrikam]: 1 },
		});
		expect(sandbox.resetCount()).toBe(1);
		sandbox.resetStats();
		expect(sandbox.stats()).toMatchObject({ requests: 0, resets: 0, maxInFlight: 0, maxInFlightPerTenant: {} });
	});

	it('serves stats to a parent process at /__sandbox (no auth, not logged)', async () => {
		const headers = await auth();
		sandbox.clearLog();
		sandbox.resetStats();
		await http.get('/api/me', { headers });
		const stats = await http.get('/__sandbox/stats');
		expect(stats.status).toBe(200);
		expect(stats.data).toMatchObject({ requests: 1, resets: 0 });
		expect((await http.post('/__sandbox/reset-stats')).status).toBe(204);
		expect((await http.get('/__sandbox/stats')).data.requests).toBe(0);
		expect((await http.get('/__sandbox/nope')).status).toBe(404);
		expect(sandbox.requests.map((r) => r.path)).toEqual(['/api/me']);
	});

	it('can turn the request log off', async () => {
		const headers = await auth();
		sandbox.clearLog();
		sandbox.configure({ logRequests: false });
		await http.get('/api/me', { headers });
		expect(sandbox.requests).toHaveLength(0);
		sandbox.configure({ logRequests: true });
		await http.get('/api/me', { headers });
		expect(sandbox.requests).toHaveLength(1);
	});
});

describe('POST /api/$batch', () => {
	const reset = (id: string, ID: string) => ({
		id,
		method: 'POST',
		url: 'ExecResetPass',
		body: { tenantFilter: CONTOSO, ID, MustChange: true },
	});

	it('runs every sub-request as a request of its own: logged, access-checked, and faulted by name', async () => {
		type Answer = { responses: Array<{ id: string; status: number }> };
		const statuses = (res: AxiosResponse) =>
			((typeof res.data === 'string' ? JSON.parse(res.data) : res.data) as Answer).responses.map((response) => [
				response.id,
				response.status,
			]);
		sandbox.clearLog();
		sandbox.injectFault({ endpoint: 'ExecResetPass', status: 503, body: 'Service Unavailable', times: 1 });
		const batch = {
			requests: [reset('a', scenarios.cloudUser.upn), reset('b', scenarios.cloudUser.upn), { id: 'c', method: 'GET', url: 'ListLogs' }],
		};
		expect(statuses(await api('POST', '/api/$batch', batch))).toEqual([
			['a', 503],
			['b', 200],
			['c', 200],
		]);
		const apiCalls = sandbox.requests.filter((request) => request.endpoint !== undefined);
		expect(apiCalls.map((request) => [request.endpoint, request.inBatch ?? false])).toEqual([
			['$batch', false],
			['ExecResetPass', true],
			['ExecResetPass', true],
			['ListLogs', true],
		]);
		// The read-only client may read but not reset.
		expect(statuses(await api('POST', '/api/$batch', batch, 'readonly'))).toEqual([
			['a', 403],
			['b', 403],
			['c', 200],
		]);
	});

	it('runs ten sub-requests at a time: one latency for up to ten, two for eleven to twenty', async () => {
		// A long latency, so that a slow machine's overhead cannot pass for a second round.
		sandbox.configure({ latencyMs: 400 });
		const timed = async (count: number) => {
			const started = Date.now();
			const res = await api('POST', '/api/$batch', {
				requests: Array.from({ length: count }, (_, index) => ({ id: String(index), method: 'GET', url: 'ListLogs' })),
			});
			expect(res.status).toBe(200);
			return Date.now() - started;
		};
		const ten = await timed(10);
		const twelve = await timed(12);
		expect(ten).toBeGreaterThanOrEqual(400);
		expect(ten).toBeLessThan(800);
		expect(twelve).toBeGreaterThanOrEqual(800);
	});

	it('answers 400 for an empty or oversized batch', async () => {
		expect((await api('POST', '/api/$batch', { requests: [] })).status).toBe(400);
		const tooMany = Array.from({ length: 21 }, (_, index) => ({ id: String(index), url: 'ListLogs' }));
		expect((await api('POST', '/api/$batch', { requests: tooMany })).data).toEqual({
			error: { message: 'Batch request limit exceeded. Maximum 20 requests allowed per batch.' },
		});
	});
});
