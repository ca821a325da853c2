import type { INodeParameters } from 'n8n-workflow';

import { Cipp } from '../../nodes/Cipp/Cipp.node';
import { searchList } from '../harness/loadOptions';
import { runWorkflow } from '../harness/runWorkflow';
import { fixtures } from '../sandbox';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { cippPackage, NODE_TYPE } from '../support/cippPackage';
import { CREDENTIAL_ID, cippWorkflow, locator, sandboxCredential } from '../support/workflows';

const sandbox = sandboxPerFile();

const { scenarios, tenantIds } = fixtures;

const contoso = locator('domain', 'contoso.onmicrosoft.com');
const apiCalls = () => sandbox().requests.filter((request) => request.endpoint);

async function run(parameters: INodeParameters) {
	const result = await runWorkflow(cippPackage, cippWorkflow(parameters), { credentials: sandboxCredential(sandbox()) });
	expect(result.error).toBeUndefined();
	return result.output('CIPP');
}

describe('read operations', () => {
	test('User → Get sends tenantFilter and UserID in the query and returns the one user', async () => {
		const items = await run({ resource: 'user', operation: 'get', tenantFilter: contoso, userId: locator('upn', scenarios.cloudUser.upn) });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: scenarios.cloudUser.userId, userPrincipalName: scenarios.cloudUser.upn });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		const [call] = apiCalls();
		expect(call).toMatchObject({
			method: 'GET',
			endpoint: 'ListUsers',
			query: { tenantFilter: 'contoso.onmicrosoft.com', UserID: scenarios.cloudUser.upn },
		});
	});

	test('User → Get Many returns one item per user, limited unless Return All', async () => {
		const all = await run({ resource: 'user', operation: 'getAll', tenantFilter: contoso, returnAll: true });
		const contosoUsers = fixtures.users.filter((user) => user.tenantId === tenantIds.contoso);
		expect(all).toHaveLength(contosoUsers.length);
		expect(all.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(true);
		const limited = await run({ resource: 'user', operation: 'getAll', tenantFilter: contoso, returnAll: false, limit: 3 });
		expect(limited).toHaveLength(3);
		expect(apiCalls().every((call) => call.endpoint === 'ListUsers' && !('graphFilter' in call.query))).toBe(true);
	});

	test('User → Get Many passes a Graph filter on', async () => {
		const items = await run({
			resource: 'user',
			operation: 'getAll',
			tenantFilter: contoso,
			graphFilter: 'accountEnabled eq false',
			returnAll: true,
		});
		expect(apiCalls()[0].query.graphFilter).toBe('accountEnabled eq false');
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.json.accountEnabled === false)).toBe(true);
	});

	test('Tenant → Get Many and Tenant → Get', async () => {
		const tenants = await run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(tenants.map((item) => item.json.defaultDomainName)).toEqual(
			expect.arrayContaining(['contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com']),
		);
		const [tenant] = await run({ resource: 'tenant', operation: 'get', tenantFilter: locator('id', tenantIds.fabrikam) });
		expect(tenant.json.id).toBe(tenantIds.fabrikam);
		expect(apiCalls().map((call) => `${call.method} ${call.endpoint} ${JSON.stringify(call.query)}`)).toEqual([
			'GET ListTenants {}',
			`GET ListTenantDetails {"tenantFilter":"${tenantIds.fabrikam}"}`,
		]);
	});

	test('Intune → Get Many Devices', async () => {
		const devices = await run({ resource: 'intune', operation: 'getManyDevices', tenantFilter: contoso, returnAll: true });
		const expected = fixtures.devices.filter((device) => device.userPrincipalName.endsWith('@contoso.onmicrosoft.com'));
		expect(devices.map((item) => item.json.id).sort()).toEqual(expected.map((device) => device.id).sort());
	});
});

describe('the pickers (From List)', () => {
	const credential = () => sandboxCredential(sandbox())[CREDENTIAL_ID];

	test('list tenants by name and domain, searchable', async () => {
		const { results } = await searchList(
			cippPackage,
			NODE_TYPE,
			'searchTenants',
			{ resource: 'user', operation: 'resetPassword' },
			credential(),
		);
		expect(results).toEqual(
			expect.arrayContaining([{ name: expect.stringContaining('contoso.onmicrosoft.com'), value: 'contoso.onmicrosoft.com' }]),
		);
		const filtered = await searchList(cippPackage, NODE_TYPE, 'searchTenants', {}, credential(), 'fabri');
		expect(filtered.results.map((result) => result.value)).toEqual(['fabrikam.onmicrosoft.com']);
	});

	test("list the chosen tenant's users by object ID, searched with a Graph filter", async () => {
		const parameters = { resource: 'user', operation: 'resetPassword', tenantFilter: contoso };
		const { results } = await searchList(cippPackage, NODE_TYPE, 'searchUsers', parameters, credential(), 'Adele');
		expect(results).toEqual([{ name: `Adele Vance (${scenarios.cloudUser.upn})`, value: scenarios.cloudUser.userId }]);
		expect(apiCalls()[0].query).toEqual({
			tenantFilter: 'contoso.onmicrosoft.com',
			graphFilter: "startswith(displayName,'Adele') or startswith(userPrincipalName,'Adele')",
		});
		const none = await searchList(cippPackage, NODE_TYPE, 'searchUsers', { resource: 'user', operation: 'resetPassword' }, credential());
		expect(none.results).toEqual([]);
	});

	test.each([
		['searchGroups', 'ListGroups', 'All Staff'],
		['searchDevices', 'ListDevices', ''],
		['searchIntunePolicies', 'ListIntunePolicy', ''],
		['searchGroupTemplates', 'ListGroupTemplates', 'All Staff'],
		['searchStandardTemplates', 'listStandardTemplates', 'MSP Baseline'],
	])('%s lists records from %s by name, with their IDs', async (method, endpoint, expectedName) => {
		const parameters = { resource: 'group', operation: 'get', tenantFilter: contoso };
		const { results } = await searchList(cippPackage, NODE_TYPE, method, parameters, credential());
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect(result.value).toMatch(/^[0-9a-f-]{36}$/i);
		if (expectedName) expect(results.map((result) => result.name)).toEqual(expect.arrayContaining([expect.stringContaining(expectedName)]));
		expect(apiCalls().map((call) => call.endpoint)).toEqual([endpoint]);
	});

	test('every picker whose list reads the chosen tenant declares it, so the editor reloads the list when the tenant changes', async () => {
		const pickers = new Cipp().description.properties.filter(
			(property) => property.type === 'resourceLocator' && property.name !== 'tenantFilter',
		);
		const methods = [...new Set(pickers.map((picker) => String(picker.modes?.[0].typeOptions?.searchListMethod)))];
		for (const method of methods) {
			const withTenant = await searchList(cippPackage, NODE_TYPE, method, { tenantFilter: contoso }, credential());
			const readsTenant = apiCalls().some((call) => call.query?.tenantFilter === 'contoso.onmicrosoft.com');
			sandbox().clearLog();
			expect(withTenant.results.length).toBeGreaterThan(0);
			for (const picker of pickers.filter((candidate) => candidate.modes?.[0].typeOptions?.searchListMethod === method)) {
				const declared = picker.typeOptions?.loadOptionsDependsOn ?? [];
				expect({ method, picker: picker.name, declared }).toEqual({
					method,
					picker: picker.name,
					declared: readsTenant ? ['tenantFilter.value'] : [],
				});
			}
		}
	});

	test('offers All Tenants first where a read accepts it', async () => {
		const { results } = await searchList(cippPackage, NODE_TYPE, 'searchTenantsOrAll', {}, credential());
		expect(results[0]).toEqual({ name: 'All Tenants (AllTenants)', value: 'AllTenants' });
		expect(results.length).toBeGreaterThan(3);
	});
});
