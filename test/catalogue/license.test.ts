// Failed runs are logged by n8n's logger; captured so the test output stays free of expected failures.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { userIds } = fixtures;
const CONTOSO = 'contoso.onmicrosoft.com';
const contoso = locator('domain', CONTOSO);
const PREMIUM_SKU = 'CFQ7TTC0LCHC:0002';
const POWER_AUTOMATE_FREE = 'f30db892-07e9-47e9-837c-80727f46fd3d';
const BASIC_SKU_ID = '3b555118-da6a-4418-894f-7df1e2096870';

describeCatalogue('license', {
	getAll: {
		parameters: { tenantFilter: contoso, returnAll: true, additionalFields: { includeExcluded: false } },
		request: { method: 'GET', endpoint: 'ListLicenses', query: { tenantFilter: CONTOSO, IncludeExcluded: 'false' } },
		output: (items) =>
			expect(items.find((item) => item.json.License === 'Microsoft 365 Business Premium')?.json).toMatchObject({
				Tenant: CONTOSO,
				skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
				CountUsed: expect.any(String),
			}),
	},
	changeLicenses: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('id', userIds.adeleVance),
			licenseOperation: 'Replace',
			licenses: BASIC_SKU_ID,
			additionalFields: { replaceAllLicenses: true },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecBulkLicense',
			body: [
				{
					tenantFilter: CONTOSO,
					userIds: [userIds.adeleVance],
					LicenseOperation: 'Replace',
					Licenses: [{ value: BASIC_SKU_ID, label: BASIC_SKU_ID }],
					ReplaceAllLicenses: true,
				},
			],
		},
		output: ([item], sandbox) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: expect.stringMatching(/^Successfully set licenses for adele\.vance@/),
			});
			expect(sandbox.findUser(CONTOSO, userIds.adeleVance)?.assignedLicenses.map((licence) => licence.skuId)).toEqual([BASIC_SKU_ID]);
		},
	},
	getReport: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListLicensesReport', query: { tenantFilter: CONTOSO } },
		output: (items) => expect(items.every((item) => item.json.Tenant === CONTOSO && Array.isArray(item.json.TermInfo))).toBe(true),
	},
	reprocessUserLicenses: {
		parameters: {
			tenantFilter: contoso,
			userId: locator('id', userIds.adeleVance),
			userPrincipalName: 'adele.vance@contoso.onmicrosoft.com',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecReprocessUserLicenses',
			body: { tenantFilter: CONTOSO, ID: userIds.adeleVance, userPrincipalName: 'adele.vance@contoso.onmicrosoft.com' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message:
					'Successfully reprocessed license assignments for user adele.vance@contoso.onmicrosoft.com. License assignment states will be updated shortly.',
			}),
	},
	getManyCspSkus: {
		parameters: { tenantFilter: contoso, currentSkuOnly: 'true', returnAll: true },
		request: { method: 'GET', endpoint: 'ListCSPsku', query: { tenantFilter: CONTOSO, currentSkuOnly: 'true' } },
		output: (items) => expect(items.map((item) => item.json.sku)).toEqual([PREMIUM_SKU]),
	},
	changeCspLicense: {
		parameters: { tenantFilter: contoso, cspAction: 'Add', sku: PREMIUM_SKU, additionalFields: { Add: 2 } },
		request: {
			method: 'POST',
			endpoint: 'ExecCSPLicense',
			body: { tenantFilter: CONTOSO, Action: 'Add', SKU: { value: PREMIUM_SKU, label: PREMIUM_SKU }, Add: 2 },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'License change executed successfully.' }),
	},
	getManyExcluded: {
		client: 'admin',
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListExcludedLicenses' },
		output: (items) => expect(items.map((item) => item.json.GUID)).toContain(POWER_AUTOMATE_FREE),
	},
	manageExclusion: {
		client: 'admin',
		parameters: {
			exclusionAction: 'AlertOnly',
			skuId: POWER_AUTOMATE_FREE,
			additionalFields: { skuName: 'Microsoft Power Automate Free' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecExcludeLicenses',
			body: { Action: 'AlertOnly', GUID: POWER_AUTOMATE_FREE, SKUName: 'Microsoft Power Automate Free' },
		},
		calls: ['ListExcludedLicenses', 'ExecExcludeLicenses'],
		output: ([item]) =>
			expect(item.json.message).toBe(
				`Success. Microsoft Power Automate Free(${POWER_AUTOMATE_FREE}) will now only be excluded from alerts.`,
			),
	},
});

describe('license operations: failures and follow-ups', () => {
	test("Change User Licenses for a user that is not in the tenant fails with CIPP's text", async () => {
		const run = await runOperation(sandbox, 'license', 'changeLicenses', {
			tenantFilter: contoso,
			userId: locator('id', userIds.nancyDavolio),
			licenseOperation: 'Add',
			licenses: BASIC_SKU_ID,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain(`User ${userIds.nancyDavolio} not found in tenant ${CONTOSO}`);
	});

	test('Change User Licenses: removing a SKU the user does not hold fails with CIPP\'s "No license changes needed"', async () => {
		const run = await runOperation(sandbox, 'license', 'changeLicenses', {
			tenantFilter: contoso,
			userId: locator('id', userIds.adeleVance),
			licenseOperation: 'Remove',
			additionalFields: { licensesToRemove: POWER_AUTOMATE_FREE },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/No license changes needed for user adele\.vance@/);
	});

	test('Change User Licenses without the SKUs its operation needs is refused before sending', async () => {
		const add = await runOperation(sandbox, 'license', 'changeLicenses', {
			tenantFilter: contoso,
			userId: locator('id', userIds.adeleVance),
			licenseOperation: 'Add',
		});
		expect(add.requests).toHaveLength(0);
		expect(add.error?.message).toMatch(/Invalid "Licenses".*Add needs the SKU IDs to add/);
		const remove = await runOperation(sandbox, 'license', 'changeLicenses', {
			tenantFilter: contoso,
			userId: locator('id', userIds.adeleVance),
			licenseOperation: 'Remove',
		});
		expect(remove.requests).toHaveLength(0);
		expect(remove.error?.message).toMatch(/Remove needs the SKU IDs to remove, or Remove All Licenses/);
	});

	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('the AllTenants report is queued first, then answered from the cache', async () => {
		const all = { tenantFilter: locator('list', 'AllTenants'), returnAll: true };
		const first = await runOperation(sandbox, 'license', 'getReport', all);
		expect(first.items).toHaveLength(1);
		expect(first.items[0].json).toMatchObject({
			status: 'queued',
			// CIPP's queue ID is the queue entry's RowKey: a plain GUID string, new for every queue.
			queueId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
			message: expect.stringMatching(/Loading data for all tenants/),
		});
		expect(first.items[0].json.followUp).toMatch(/without a Queue ID/);
		// As in CIPP, the cached rows carry no Queue ID: asking with one starts another load.
		const withQueueId = await runOperation(sandbox, 'license', 'getReport', { ...all, queueId: first.items[0].json.queueId as string });
		expect(withQueueId.requests[0].query).toEqual({ tenantFilter: 'AllTenants', QueueId: first.items[0].json.queueId });
		expect(withQueueId.items.map((item) => item.json.status)).toEqual(['queued']);
		const second = await runOperation(sandbox, 'license', 'getReport', all);
		expect(new Set(second.items.map((item) => item.json.Tenant))).toEqual(
			new Set(['northstarit.com', ...fixtures.customerTenants.map((tenant) => tenant.defaultDomainName)]),
		);
	});

	test('a tenant without a Sherweb mapping has no CSP SKUs, and changing one fails', async () => {
		const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
		const skus = await runOperation(sandbox, 'license', 'getManyCspSkus', { tenantFilter: fabrikam, returnAll: true });
		expect(skus.error).toBeUndefined();
		expect(skus.items).toHaveLength(0);
		const change = await runOperation(sandbox, 'license', 'changeCspLicense', {
			tenantFilter: fabrikam,
			cspAction: 'NewSub',
			sku: PREMIUM_SKU,
			additionalFields: { Quantity: 5 },
		});
		expect(change.requests.map((request) => [request.endpoint, request.status])).toEqual([
			['ListCSPsku', 200],
			['ExecCSPLicense', 500],
		]);
		expect(change.error?.message).toMatch(/Failed to execute license change\. Error: No Sherweb mapping found/);
	});

	test('Change CSP License: New Subscription for a SKU the tenant has is refused after reading its subscriptions (CIPP would overwrite the count)', async () => {
		const run = await runOperation(sandbox, 'license', 'changeCspLicense', {
			tenantFilter: contoso,
			cspAction: 'NewSub',
			sku: PREMIUM_SKU,
			additionalFields: { Quantity: 1 },
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListCSPsku']);
		expect(run.error?.message).toMatch(/already has a subscription for CFQ7TTC0LCHC:0002 \(quantity \d+\)/);
		const skus = await runOperation(sandbox, 'license', 'getManyCspSkus', {
			tenantFilter: contoso,
			currentSkuOnly: 'true',
			returnAll: true,
		});
		expect(skus.items[0].json.quantity).not.toBe(1);
	});

	test('Change CSP License: Add without its count is refused before sending; Remove Before Renewal is queued', async () => {
		const add = await runOperation(sandbox, 'license', 'changeCspLicense', { tenantFilter: contoso, cspAction: 'Add', sku: PREMIUM_SKU });
		expect(add.requests).toHaveLength(0);
		expect(add.error?.message).toMatch(/Add Licences needs how many/);
		const scheduled = await runOperation(sandbox, 'license', 'changeCspLicense', {
			tenantFilter: contoso,
			cspAction: 'ScheduleRemoval',
			sku: PREMIUM_SKU,
			additionalFields: { Remove: 1 },
		});
		expect(scheduled.items[0].json).toMatchObject({
			status: 'queued',
			message: expect.stringMatching(/^Scheduled a decrease of 1 license/),
			followUp: expect.any(String),
		});
	});

	test('removing more licences than the subscription has is refused', async () => {
		const run = await runOperation(sandbox, 'license', 'changeCspLicense', {
			tenantFilter: contoso,
			cspAction: 'Remove',
			sku: PREMIUM_SKU,
			additionalFields: { Remove: 99 },
		});
		expect(run.error?.message).toMatch(/Cannot remove more licenses than currently allocated/);
	});

	test("reprocessing an unknown user fails with Graph's text", async () => {
		const run = await runOperation(sandbox, 'license', 'reprocessUserLicenses', {
			tenantFilter: contoso,
			userId: locator('upn', 'nobody@contoso.onmicrosoft.com'),
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(
			/Failed to reprocess license assignments for \. Resource 'nobody@contoso\.onmicrosoft\.com' does not exist/,
		);
	});

	test('Manage Exclusion: Set Dropdown Visibility without Show in Dropdown is refused (CIPP would hide the SKU)', async () => {
		const run = await runOperation(
			sandbox,
			'license',
			'manageExclusion',
			{ exclusionAction: 'SetShowInDropdown', skuId: POWER_AUTOMATE_FREE },
			[{}],
			'admin',
		);
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Set Dropdown Visibility needs Show in Dropdown/);
	});

	test("Manage Exclusion: changing an exclusion's type keeps its name and its dropdown visibility", async () => {
		const manage = async (parameters: Record<string, unknown>) =>
			await runOperation(sandbox, 'license', 'manageExclusion', { skuId: POWER_AUTOMATE_FREE, ...parameters }, [{}], 'admin');
		expect((await manage({ exclusionAction: 'SetShowInDropdown', additionalFields: { showInDropdown: true } })).error).toBeUndefined();
		const switched = await manage({ exclusionAction: 'AlertOnly' });
		expect(switched.requests.map((request) => request.endpoint)).toEqual([
			'ListExcludedLicenses',
			'ExecExcludeLicenses',
			'ExecExcludeLicenses',
		]);
		expect(switched.requests[1].body).toMatchObject({ Action: 'AlertOnly', SKUName: 'Microsoft Power Automate Free' });
		const excluded = await runOperation(sandbox, 'license', 'getManyExcluded', { returnAll: true }, [{}], 'admin');
		expect(excluded.items.find((item) => item.json.GUID === POWER_AUTOMATE_FREE)?.json).toMatchObject({
			Product_Display_Name: 'Microsoft Power Automate Free',
			ShowInLicenseDropdown: true,
			ExcludedEverywhere: false,
		});
	});

	test("CIPP's licence exclusions are a CIPP setting: an editor API client is refused", async () => {
		const run = await runOperation(sandbox, 'license', 'getManyExcluded', { returnAll: true });
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/the 'editor' base role does not have the required permission: CIPP\.AppSettings\.Read/);
	});
});

describe('license Get Many for AllTenants (its own sandbox: a cold licence cache)', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('Get Many for AllTenants with a cold cache gives one queued item, not the placeholder row as a licence', async () => {
		const all = { tenantFilter: locator('list', 'AllTenants'), returnAll: true };
		const first = await runOperation(sandbox, 'license', 'getAll', all);
		expect(first.items.map((item) => item.json)).toEqual([
			{
				status: 'queued',
				message: 'Loading data for all tenants. Please check back in 1 minute',
				followUp: expect.stringMatching(/run Get Many again/),
			},
		]);
		const second = await runOperation(sandbox, 'license', 'getAll', all);
		expect(second.items.length).toBeGreaterThan(1);
		expect(second.items.every((item) => typeof item.json.skuId === 'string')).toBe(true);
	});
});
