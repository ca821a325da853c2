import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { findOperation } from '../../nodes/Cipp/actions/operations';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const fabrikam = 'fabrikam.onmicrosoft.com';
const tenant = (domain: string) => locator('domain', domain);
const { adeleVance } = fixtures.userIds;
const batchRequests = [
	{ id: '1', method: 'GET', url: 'ListUsers', query: { tenantFilter: contoso, UserID: adeleVance } },
	{ id: '2', method: 'GET', url: 'ListBreachesTenant', query: { tenantFilter: contoso } },
];

describeCatalogue('tool', {
	apiRequest: {
		parameters: { method: 'GET', endpoint: 'listusers', query: JSON.stringify({ tenantFilter: contoso }), returnAll: true },
		request: { method: 'GET', endpoint: 'ListUsers', query: { tenantFilter: contoso } },
		output: (items) => {
			expect(items.length).toBeGreaterThan(1);
			expect(items.map((item) => item.json.userPrincipalName)).toContain('adele.vance@contoso.onmicrosoft.com');
		},
	},
	graphRequest: {
		parameters: {
			tenantFilter: tenant(contoso),
			endpoint: 'users',
			additionalFields: { filter: 'accountEnabled eq false', select: 'id,displayName,accountEnabled', top: 50 },
			returnAll: true,
		},
		request: {
			method: 'GET',
			endpoint: 'ListGraphRequest',
			query: {
				tenantFilter: contoso,
				Endpoint: 'users',
				$filter: 'accountEnabled eq false',
				$select: 'id,displayName,accountEnabled',
				$top: '50',
			},
		},
		output: (items) => {
			expect(items.length).toBeGreaterThan(1);
			items.forEach((item) =>
				expect(item.json).toEqual({ id: expect.any(String), displayName: expect.any(String), accountEnabled: false }),
			);
		},
	},
	search: {
		parameters: { searchTerms: 'adele', additionalFields: { type: 'Users', maxMatches: 5 }, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecUniversalSearchV2', query: { searchTerms: 'adele', type: 'Users', limit: '5' } },
		output: ([item]) => expect(item.json).toMatchObject({ Tenant: contoso, Type: 'Users', Data: { id: adeleVance } }),
	},
	lookupTenant: {
		parameters: { tenant: 'microsoft.com' },
		request: { method: 'GET', endpoint: 'ListExternalTenantInfo', query: { tenant: 'microsoft.com' } },
		output: ([item]) =>
			expect(item.json.GraphRequest).toMatchObject({ tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', displayName: 'Microsoft' }),
	},
	checkDomain: {
		parameters: { domain: 'contoso.com', check: 'ReadSpfRecord', additionalFields: { expectedInclude: 'spf.protection.outlook.com' } },
		request: {
			method: 'GET',
			endpoint: 'ListDomainHealth',
			query: { Domain: 'contoso.com', Action: 'ReadSpfRecord', ExpectedInclude: 'spf.protection.outlook.com' },
		},
		output: ([item]) => expect(item.json).toMatchObject({ Record: 'v=spf1 include:spf.protection.outlook.com -all', ValidationFails: [] }),
	},
	lookupIp: {
		parameters: { ip: '203.0.113.42' },
		request: { method: 'POST', endpoint: 'ExecGeoIPLookup', body: { IP: '203.0.113.42' } },
		output: ([item]) => expect(item.json).toMatchObject({ status: 'success', city: 'Redmond', countryCode: 'US', query: '203.0.113.42' }),
	},
	messageTrace: {
		parameters: { tenantFilter: tenant(contoso), additionalFields: { days: 7, status: 'Delivered' }, returnAll: true },
		request: {
			method: 'POST',
			endpoint: 'ListMessageTrace',
			body: { tenantFilter: contoso, days: 7, status: { value: 'Delivered', label: 'Delivered' } },
		},
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			items.forEach((item) =>
				expect(item.json).toMatchObject({ Status: 'Delivered', RecipientAddress: expect.stringContaining('@contoso.onmicrosoft.com') }),
			);
		},
	},
	getManyMailboxRestores: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailboxRestores', query: { tenantFilter: contoso } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ Identity: 'adele.vance@contoso.onmicrosoft.com\\MailboxRestore', Status: 'Completed' }),
	},
	lookupBreaches: {
		parameters: { account: 'adele.vance@contoso.onmicrosoft.com', returnAll: true },
		request: { method: 'GET', endpoint: 'ListBreachesAccount', query: { account: 'adele.vance@contoso.onmicrosoft.com' } },
		output: ([item]) => expect(item.json).toMatchObject({ Name: 'Adobe', PwnCount: expect.any(Number) }),
	},
	getManyTenantBreaches: {
		parameters: { tenantFilter: tenant(contoso), returnAll: true },
		request: { method: 'GET', endpoint: 'ListBreachesTenant', query: { tenantFilter: contoso } },
		output: (items) => expect(items.map((item) => item.json.email)).toContain('adele.vance@contoso.onmicrosoft.com'),
	},
	startBreachSearch: {
		parameters: { tenantFilter: tenant(fabrikam) },
		request: { method: 'POST', endpoint: 'ExecBreachSearch', body: { tenantFilter: fabrikam } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'queued',
				message: `Executing Search for ${fabrikam}. This may take up to 24 hours to complete.`,
				followUp: expect.stringContaining('Get Many Tenant Breaches'),
			}),
	},
	getVersion: {
		parameters: { localVersion: '10.8.2' },
		request: { method: 'GET', endpoint: 'GetVersion', query: { LocalVersion: '10.8.2' } },
		output: ([item]) => expect(item.json).toMatchObject({ LocalCIPPVersion: '10.8.2', OutOfDateCIPP: true }),
	},
	whoAmI: {
		parameters: {},
		request: { method: 'GET', endpoint: 'me' },
		output: ([item], sandbox) => expect(item.json).toMatchObject({ clientPrincipal: { appId: sandbox.clientId, appRole: ['editor'] } }),
	},
	batch: {
		parameters: { requests: JSON.stringify(batchRequests) },
		request: { method: 'POST', endpoint: '$batch', body: { requests: batchRequests } },
		// The sandbox logs each sub-request after the batch, checked against the contract like any request.
		calls: ['$batch', 'ListUsers', 'ListBreachesTenant'],
		output: (items) => {
			expect(items.map((item) => [item.json.id, item.json.status])).toEqual([
				['1', 200],
				['2', 200],
			]);
			expect(items[0].json.body).toEqual([expect.objectContaining({ id: adeleVance })]);
		},
	},
	getManyGraphPresets: {
		parameters: { additionalFields: { endpoint: 'users' }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListGraphExplorerPresets', query: { Endpoint: 'users' } },
		output: (items) =>
			expect(items.map((item) => item.json)).toEqual([expect.objectContaining({ name: 'Disabled users', IsShared: true })]),
	},
	graphBulkRequest: {
		parameters: {
			tenantFilter: tenant(contoso),
			requests: JSON.stringify([
				{ id: 'disabled', url: '/users?$filter=accountEnabled eq false&$select=id,accountEnabled' },
				{ id: 'org', method: 'get', url: '/organization?$select=id' },
				{ id: 'nothing', url: '/nothing' },
			]),
			additionalFields: { asApp: true, noPaginateIds: 'org' },
		},
		request: {
			method: 'POST',
			endpoint: 'ListGraphBulkRequest',
			body: {
				tenantFilter: contoso,
				requests: [
					{ id: 'disabled', method: 'GET', url: '/users?$filter=accountEnabled eq false&$select=id,accountEnabled' },
					{ id: 'org', method: 'GET', url: '/organization?$select=id' },
					{ id: 'nothing', method: 'GET', url: '/nothing' },
				],
				asApp: true,
				noPaginateIds: ['org'],
			},
		},
		output: (items) => {
			expect(items.map((item) => [item.json.id, item.json.status])).toEqual([
				['disabled', 200],
				['org', 200],
				['nothing', 404],
			]);
			const disabled = (items[0].json.body as { value: Array<{ accountEnabled: boolean }> }).value;
			expect(disabled.length).toBeGreaterThan(0);
			disabled.forEach((user) => expect(user).toEqual({ id: expect.any(String), accountEnabled: false }));
			expect(items[2].json.body).toMatchObject({ error: { code: 'Request_ResourceNotFound' } });
		},
	},
});

describe('tool: what CIPP answers beyond the examples', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('an AllTenants Graph request is queued first, then read from the cache with its queueId', async () => {
		const parameters = { tenantFilter: locator('list', 'AllTenants'), endpoint: 'domains', returnAll: true };
		const first = await runOperation(sandbox, 'tool', 'graphRequest', parameters);
		expect(first.items).toHaveLength(1);
		expect(first.items[0].json).toMatchObject({ status: 'queued', queueId: expect.any(String), followUp: expect.any(String) });
		const second = await runOperation(sandbox, 'tool', 'graphRequest', {
			...parameters,
			additionalFields: { queueId: String(first.items[0].json.queueId) },
		});
		expect(second.requests[0].query).toMatchObject({ tenantFilter: 'AllTenants', QueueId: first.items[0].json.queueId });
		expect(second.items.map((item) => item.json.Tenant)).toContain(contoso);
	});

	test('CIPP API Request: a POST is read like any action, and a name CIPP does not have is refused with the nearest names', async () => {
		const reset = await runOperation(sandbox, 'tool', 'apiRequest', {
			method: 'POST',
			endpoint: '/api/ExecResetPass',
			body: { tenantFilter: contoso, ID: adeleVance, displayName: 'Adele Vance', MustChange: true },
		});
		expect(reset.requests.map((request) => [request.method, request.endpoint, request.status])).toEqual([['POST', 'ExecResetPass', 200]]);
		expect(reset.items[0].json).toMatchObject({ status: 'success', message: expect.stringMatching(/password/i) });

		const typo = await runOperation(sandbox, 'tool', 'apiRequest', { method: 'GET', endpoint: 'ListMailboxs' });
		expect(typo.requests).toHaveLength(0);
		expect(typo.error?.message).toMatch(/CIPP has no endpoint "ListMailboxs"/);
		expect(typo.error?.description).toMatch(/Did you mean ListMailboxes/);
	});

	test('CIPP API Request: a POST for AllTenants is refused before anything is sent; a GET for AllTenants is not', async () => {
		const write = await runOperation(sandbox, 'tool', 'apiRequest', {
			method: 'POST',
			endpoint: 'ExecDisableUser',
			query: JSON.stringify({ TenantFilter: 'alltenants' }),
		});
		expect(write.requests).toHaveLength(0);
		expect(write.error?.message).toMatch(/AllTenants/);
		const read = await runOperation(sandbox, 'tool', 'apiRequest', { endpoint: 'ListTenants', query: { tenantFilter: 'AllTenants' } });
		expect(read.requests.map((request) => request.status)).toEqual([200]);
		expect(read.items.length).toBeGreaterThan(1);
	});

	test("CIPP API Request: CIPP's failure fails the item with CIPP's words", async () => {
		const run = await runOperation(sandbox, 'tool', 'apiRequest', {
			method: 'POST',
			endpoint: 'ExecResetPass',
			body: { tenantFilter: contoso, ID: '00000000-0000-4000-8000-000000000000', displayName: 'Nobody' },
		});
		expect(run.requests.map((request) => request.status)).toEqual([500]);
		expect(run.error?.message).toMatch(/Failed to reset password for Nobody/);
	});

	test("Who Am I calls /api/me and returns CIPP's answer for the API client", async () => {
		const run = await runOperation(sandbox, 'tool', 'whoAmI', {});
		const [call] = sandbox.requests.filter((request) => request.endpoint === 'me');
		expect({ method: call.method, status: call.status, query: call.query }).toEqual({ method: 'GET', status: 200, query: {} });
		expect(run.items).toHaveLength(1);
		expect(run.items[0].json).toMatchObject({
			clientPrincipal: { appId: sandbox.clientId, appRole: ['editor'] },
			permissions: expect.arrayContaining(['CIPP.Core.Read']),
		});
	});

	test("a Graph path that does not exist fails with CIPP's Graph error", async () => {
		const run = await runOperation(sandbox, 'tool', 'graphRequest', { tenantFilter: tenant(contoso), endpoint: 'userz' });
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Resource not found for the segment 'userz'/);
	});

	test('a batch answers each sub-request on its own, a denied one with 403', async () => {
		const requests = [
			{ id: 'a', method: 'GET', url: 'ListLogs' },
			{ id: 'b', method: 'GET', url: 'ExecPasswordConfig', query: { List: 'true' } },
			{ id: 'c', method: 'GET', url: 'NoSuchEndpoint' },
		];
		const run = await runOperation(sandbox, 'tool', 'batch', { requests: JSON.stringify(requests) });
		expect(run.requests[0].path).toBe('/api/$batch');
		expect(run.items.map((item) => [item.json.id, item.json.status])).toEqual([
			['a', 200],
			['b', 403],
			['c', 404],
		]);
	});

	test('a batch of more than 20 requests is refused before it is sent', async () => {
		const requests = Array.from({ length: 21 }, (_, index) => ({ id: String(index), method: 'GET', url: 'ListLogs' }));
		const run = await runOperation(sandbox, 'tool', 'batch', { requests: JSON.stringify(requests) });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/1 to 20 requests/);
	});

	test("message trace of a tenant without Exchange rights fails with CIPP's 500 text", async () => {
		const run = await runOperation(sandbox, 'tool', 'messageTrace', { tenantFilter: tenant('doesnotexist.onmicrosoft.com') });
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed to retrieve message trace/);
	});

	test.each([
		['Days over 10', { days: 30 }, /"Days".*30 days cannot be traced in one query/],
		['a range over 10 days', { startDate: '2026-11-01T00:00:00Z', endDate: '2026-11-20T00:00:00Z' }, /"End Date".*the range is 19\.0 days/],
		[
			'Days together with dates',
			{ days: 2, startDate: '2026-11-01T00:00:00Z', endDate: '2026-11-03T00:00:00Z' },
			/"Days".*silently ignore the dates/,
		],
	])('message trace with %s is refused before sending (one Exchange query serves at most 10 days)', async (_case, fields, expected) => {
		const run = await runOperation(sandbox, 'tool', 'messageTrace', {
			tenantFilter: tenant(contoso),
			additionalFields: fields,
			returnAll: true,
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(expected);
	});

	test('restore statistics: a false presence switch is refused before anything is sent', async () => {
		const run = await runOperation(sandbox, 'tool', 'getManyMailboxRestores', {
			tenantFilter: tenant(contoso),
			additionalFields: { identity: 'adele.vance@contoso.onmicrosoft.com\\MailboxRestore', statistics: false },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/treats any value of this switch as on/);
		const stats = await runOperation(sandbox, 'tool', 'getManyMailboxRestores', {
			tenantFilter: tenant(contoso),
			additionalFields: { identity: 'adele.vance@contoso.onmicrosoft.com\\MailboxRestore', statistics: true, includeReport: true },
		});
		expect(stats.items[0].json).toMatchObject({ PercentComplete: 100, Report: { Entries: expect.any(Array) } });
	});

	test('a started breach search shows up in Get Many Tenant Breaches', async () => {
		const before = await runOperation(sandbox, 'tool', 'getManyTenantBreaches', { tenantFilter: tenant(fabrikam), returnAll: true });
		expect(before.items).toHaveLength(0);
		await runOperation(sandbox, 'tool', 'startBreachSearch', { tenantFilter: tenant(fabrikam) });
		const after = await runOperation(sandbox, 'tool', 'getManyTenantBreaches', { tenantFilter: tenant(fabrikam), returnAll: true });
		expect(after.items.length).toBeGreaterThan(0);
	});

	test.each([
		['Get Many Tenant Breaches', 'getManyTenantBreaches'],
		['Start Breach Search', 'startBreachSearch'],
	])(
		'%s: a tenant ID, under which CIPP would store or look for results no list ever shows, is refused before sending',
		async (_name, operation) => {
			const run = await runOperation(sandbox, 'tool', operation, {
				tenantFilter: locator('id', fixtures.tenantIds.contoso),
				returnAll: true,
			});
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toMatch(/is a tenant ID, but CIPP matches this by the tenant's default domain/);
		},
	);

	test('Look Up Breaches: a Have I Been Pwned rate limit (CIPP answers HTTP 200 {Wait, rate-limit}) fails the item instead of being a breach', async () => {
		sandbox.injectFault({ endpoint: 'ListBreachesAccount', status: 200, times: 1, body: [{ Wait: '2', 'rate-limit': true }] });
		const run = await runOperation(sandbox, 'tool', 'lookupBreaches', { account: 'adele.vance@contoso.onmicrosoft.com', returnAll: true });
		expect(run.items).toHaveLength(0);
		expect(run.error?.message).toMatch(/Have I Been Pwned rate-limited CIPP's lookup; nothing was looked up\. Wait 2 seconds/);
	});

	test('Check Domain: the DKIM Selectors field says CIPP saves the selectors for the domain (a read that writes)', () => {
		const fields = findOperation('tool', 'checkDomain')?.parameters.flatMap((parameter) => parameter.property.options ?? []) ?? [];
		const selector = fields.find((field) => 'name' in field && field.name === 'selector') as { description?: string } | undefined;
		expect(selector?.description).toMatch(/CIPP also saves them as the domain's DKIM selectors/);
	});

	test('Check Domain: DKIM selectors given by an editor are saved for the domain; later DKIM checks and GetDkimSelectors use them', async () => {
		const check = async (checkName: string, additionalFields = {}, client: 'editor' | 'readonly' = 'editor') =>
			await runOperation(sandbox, 'tool', 'checkDomain', { domain: 'fabrikam.com', check: checkName, additionalFields }, [{}], client);
		const readonly = await check('ReadDkimRecord', { selector: 'ro1' }, 'readonly');
		expect(readonly.error).toBeUndefined();
		expect((await check('GetDkimSelectors')).items.map((item) => item.json)).toEqual([{ value: 'selector1,selector2' }]);
		await check('ReadDkimRecord', { selector: 'sel-a, sel-b' });
		expect((await check('GetDkimSelectors')).items.map((item) => item.json)).toEqual([{ value: 'sel-a,sel-b' }]);
		const later = await check('ReadDkimRecord');
		expect(later.requests[0].query).not.toHaveProperty('Selector');
		expect((later.items[0].json.Records as Array<{ Selector: string }>).map((record) => record.Selector)).toEqual(['sel-a', 'sel-b']);
	});

	test("an IP the GeoIP service cannot place fails with CIPP's unhandled error", async () => {
		const run = await runOperation(sandbox, 'tool', 'lookupIp', { ip: '10.0.0.1' });
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Could not get location for 10\.0\.0\.1/);
	});

	test('Graph Bulk Request refuses a non-GET request before sending (CIPP would drop it silently)', async () => {
		const run = await runOperation(sandbox, 'tool', 'graphBulkRequest', {
			tenantFilter: tenant(contoso),
			requests: [{ id: '1', method: 'PATCH', url: '/users/x' }],
		});
		expect(run.error?.message).toMatch(/request "1" is a PATCH: CIPP runs GET requests only/);
		expect(run.requests).toHaveLength(0);
	});

	test("Graph Bulk Request fails with CIPP's words for a tenant CIPP does not manage", async () => {
		const run = await runOperation(sandbox, 'tool', 'graphBulkRequest', {
			tenantFilter: tenant('unknown.onmicrosoft.com'),
			requests: [{ id: '1', url: '/users' }],
		});
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/not in CIPP's tenant list/);
	});
});
