/**
 * CIPP endpoints behind the node's license operations: Invoke-ListLicenses and -ListLicensesReport
 * (Get-CIPPLicenseOverview), -ExecReprocessUserLicenses, the Sherweb CSP endpoints -ListCSPsku and
 * -ExecCSPLicense, CIPP's excluded-licence list (-ListExcludedLicenses, -ExecExcludeLicenses) and
 * -ExecBulkLicense.
 */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../directory';
import { LICENSE_NAMES, TENANT_IDS } from '../../fixtures';
import type { SandboxState, SandboxTenant } from '../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError, tenantUsers } from '../../graph';
import { getIgnoreCase, isPlainObject, omit } from '../../http';
import { coalesce, psString } from '../../powershell';
import { cippTenants } from '../../tenantList';
import type { Endpoint } from '../endpoint';

/** Initialize-CIPPExcludedLicenses: CIPP's shipped list (Config/ExcludeSkuList.JSON), abridged. */
const DEFAULT_EXCLUSIONS = [
	{ GUID: 'f30db892-07e9-47e9-837c-80727f46fd3d', Product_Display_Name: 'Microsoft Power Automate Free' },
	{ GUID: 'a403ebcc-fae0-4ca2-8c8c-7a907fd6c235', Product_Display_Name: 'Microsoft Fabric (Free)' },
	{ GUID: '1f2f344a-700d-42c9-9427-5cea1d5d7ba6', Product_Display_Name: 'Microsoft Stream Trial' },
];

interface Exclusion {
	GUID: string;
	Product_Display_Name: string | null;
	ExcludedEverywhere?: boolean;
	ShowInLicenseDropdown?: boolean;
}

interface CspSubscription {
	id: string;
	productName: string;
	sku: string;
	quantity: number;
	commitmentTerm: { renewalConfiguration: { renewalDate: string } };
}

const SHERWEB_CATALOG = [
	{ sku: 'CFQ7TTC0LCHC:0002', name: 'Microsoft 365 Business Premium', skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', price: 22 },
	{ sku: 'CFQ7TTC0LDPB:0001', name: 'Microsoft 365 Business Standard', skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', price: 12.5 },
	{ sku: 'CFQ7TTC0LH18:0001', name: 'Microsoft 365 Business Basic', skuId: '3b555118-da6a-4418-894f-7df1e2096870', price: 6 },
];

const licenseData = perSandbox((state: SandboxState) => ({
	exclusions: DEFAULT_EXCLUSIONS.map((entry) => ({ ...entry })) as Exclusion[],
	/** cachelicenses: filled by the AllTenants orchestration. */
	cacheFilled: false,
	/** Sherweb customers, by tenant: only Contoso is mapped. */
	sherweb: new Map<string, CspSubscription[]>([
		[
			TENANT_IDS.contoso,
			[
				{
					id: stableGuid('sherweb/contoso/premium'),
					productName: 'Microsoft 365 Business Premium',
					sku: SHERWEB_CATALOG[0].sku,
					quantity: licensedCount(state, TENANT_IDS.contoso, SHERWEB_CATALOG[0].skuId) + 2,
					commitmentTerm: { renewalConfiguration: { renewalDate: '2027-06-02T00:00:00Z' } },
				},
			],
		],
	]),
}));

function licensedCount(state: SandboxState, tenantId: string, skuId: string): number {
	return state.users.filter((user) => user.tenantId === tenantId && user.assignedLicenses.some((licence) => licence.skuId === skuId))
		.length;
}

/** Get-CIPPLicenseOverview: one row per subscribed SKU, with counts as text like CIPP makes them. */
function licenseOverview(state: SandboxState, tenant: SandboxTenant, includeExcluded: boolean) {
	const everywhere = licenseData(state).exclusions.filter((entry) => entry.ExcludedEverywhere !== false);
	const excluded = new Set(everywhere.map((entry) => entry.GUID));
	// IncludeExcluded brings back only excluded SKUs shown in licence dropdowns (Get-CIPPLicenseOverview.ps1:125-126).
	const shown = new Set(everywhere.filter((entry) => entry.ShowInLicenseDropdown === true).map((entry) => entry.GUID));
	const users = tenantUsers(state, tenant);
	const skuIds = [...new Set(users.flatMap((user) => user.assignedLicenses.map((licence) => licence.skuId)))];
	return skuIds
		.filter((skuId) => !excluded.has(skuId) || (includeExcluded && shown.has(skuId)))
		.map((skuId) => {
			const assigned = users.filter((user) => user.assignedLicenses.some((licence) => licence.skuId === skuId));
			const total = assigned.length + 5;
			const name = LICENSE_NAMES[skuId] ?? skuId;
			return {
				Tenant: tenant.defaultDomainName,
				License: name,
				CountUsed: String(assigned.length),
				CountAvailable: String(total - assigned.length),
				TotalLicenses: String(total),
				skuId,
				skuPartNumber: name,
				availableUnits: String(total - assigned.length),
				TermInfo: [
					{
						Status: 'Enabled',
						Term: 'P1Y',
						TotalLicenses: total,
						DaysUntilRenew: 180,
						NextLifecycle: '2027-02-15T00:00:00Z',
						CreatedDateTime: String(tenant.organization.createdDateTime),
						IsTrial: false,
						SubscriptionId: stableGuid(`${tenant.customerId}/subscription/${skuId}`),
						CSPSubscriptionId: stableGuid(`${tenant.customerId}/csp/${skuId}`),
						OCPSubscriptionId: stableGuid(`${tenant.customerId}/ocp/${skuId}`),
					},
				],
				AssignedUsers:
					assigned.length > 0
						? assigned.map((user) => ({ displayName: user.displayName, userPrincipalName: user.userPrincipalName, id: user.id }))
						: null,
				AssignedGroups: null,
				ServicePlans: [],
			};
		});
}

function allTenantsOverview(state: SandboxState) {
	return cippTenants(state).flatMap((tenant) => licenseOverview(state, tenant, false));
}

const ListLicenses: Endpoint = {
	name: 'ListLicenses',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const data = licenseData(ctx.state);
		if (tenantFilter !== 'AllTenants') {
			// Not caught in CIPP: a Graph failure is an unhandled exception (500, plain text).
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			return { status: 200, body: licenseOverview(ctx.state, tenant, ctx.fromQuery('IncludeExcluded') === 'true') };
		}
		if (!data.cacheFilled) {
			data.cacheFilled = true;
			const loading = 'Loading data for all tenants. Please check back in 1 minute';
			return { status: 200, body: [{ Tenant: loading, License: loading }] };
		}
		return { status: 200, body: allTenantsOverview(ctx.state) };
	},
};

const ListLicensesReport: Endpoint = {
	name: 'ListLicensesReport',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const data = licenseData(ctx.state);
		const withoutTerm = (rows: ReturnType<typeof licenseOverview>) =>
			rows.map((row) => ({ ...row, TermInfo: row.TermInfo.map((term) => omit(term, 'Term')) }));
		if (tenantFilter !== 'AllTenants') {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			return { status: 200, body: { Results: withoutTerm(licenseOverview(ctx.state, tenant, false)), Metadata: {} } };
		}
		// Push-ListLicensesQueue caches rows without a QueueId, so a call that filters by one finds
		// none and, the earlier job being done, starts another load (Invoke-ListLicensesReport.ps1).
		if (!data.cacheFilled || ctx.fromQuery('QueueId')) {
			// The orchestration fills the cache; the sandbox finishes it at once, the answer is still "queued".
			data.cacheFilled = true;
			return {
				status: 200,
				body: {
					Results: [],
					Metadata: {
						Queued: true,
						QueueMessage: 'Loading data for all tenants. Please check back after the job completes',
						// New-CippQueueEntry's RowKey: a fresh (New-Guid).Guid string for every queue it starts.
						QueueId: randomUUID(),
					},
				},
			};
		}
		return { status: 200, body: { Results: withoutTerm(allTenantsOverview(ctx.state)), Metadata: {} } };
	},
};

const ExecReprocessUserLicenses: Endpoint = {
	name: 'ExecReprocessUserLicenses',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const upn = psString(ctx.fromQueryOrBody('userPrincipalName'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			graphGetUser(ctx.state, tenant, psString(ctx.fromQueryOrBody('ID')));
			return {
				status: 200,
				body: {
					Results: `Successfully reprocessed license assignments for user ${upn}. License assignment states will be updated shortly.`,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to reprocess license assignments for ${upn}. ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

/** Get-SherwebCatalog / Get-SherwebCurrentSubscription for a tenant. */
function sherwebCustomer(state: SandboxState, tenantFilter: unknown): CspSubscription[] {
	const tenant = graphTenant(state, tenantFilter, { authCheck: false });
	const subscriptions = licenseData(state).sherweb.get(tenant.customerId);
	if (!subscriptions) throw new Error('No Sherweb mapping found');
	return subscriptions;
}

const ListCSPsku: Endpoint = {
	name: 'ListCSPsku',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		try {
			const subscriptions = sherwebCustomer(ctx.state, ctx.fromQuery('tenantFilter'));
			if (ctx.fromQuery('currentSkuOnly')) return { status: 200, body: subscriptions };
			return {
				status: 200,
				body: SHERWEB_CATALOG.map((item) => ({
					sku: item.sku,
					name: [{ value: item.name, language: 'en' }],
					description: [{ value: item.name, language: 'en' }],
					billingCycle: 'Monthly',
					commitmentTerm: 'P1Y',
					price: { amount: item.price, currency: 'USD' },
				})),
			};
		} catch (error) {
			if (error instanceof Error && error.message === 'No Sherweb mapping found') return { status: 200, body: [] };
			const message = error instanceof Error ? error.message : String(error);
			return { status: 500, body: [{ name: [{ value: 'Error getting catalog' }], sku: message }] };
		}
	},
};

function cspChange(state: SandboxState, tenantFilter: unknown, action: string, sku: string, body: (name: string) => unknown): string {
	const subscriptions = sherwebCustomer(state, tenantFilter);
	const existing = subscriptions.find((subscription) => subscription.sku === sku);
	const count = (name: string) => Number(body(name) ?? 0);
	// Set-SherwebSubscription: with an existing subscription of the SKU, Add/Remove change its count
	// and anything else (NewSub, or Add/Remove whose count is 0) sets it to Quantity: an amendment,
	// not a new subscription.
	const amend = (subscription: CspSubscription) => {
		if (count('Add')) subscription.quantity += count('Add');
		else if (count('Remove')) {
			if (count('Remove') > subscription.quantity) {
				throw new Error(
					`Cannot remove more licenses than currently allocated. Current: ${subscription.quantity}, Attempting to remove: ${count('Remove')}.`,
				);
			}
			subscription.quantity -= count('Remove');
		} else {
			if (count('Quantity') <= 0) throw new Error('A valid Quantity must be specified if Add/Remove are not used.');
			subscription.quantity = count('Quantity');
		}
		return 'License change executed successfully.';
	};
	switch (action) {
		case 'Add':
		case 'Remove': {
			if (!existing) throw new Error(`Unable to Add or Remove. No existing subscription with SKU '${sku}' found.`);
			return amend(existing);
		}
		case 'NewSub': {
			if (existing) return amend(existing);
			if (count('Quantity') <= 0)
				throw new Error('A valid Quantity must be specified to create a new subscription when none currently exists.');
			const item = SHERWEB_CATALOG.find((entry) => entry.sku === sku);
			subscriptions.push({
				id: stableGuid(`sherweb/${sku}/${subscriptions.length}`),
				productName: item?.name ?? sku,
				sku,
				quantity: count('Quantity'),
				commitmentTerm: { renewalConfiguration: { renewalDate: '2027-08-01T00:00:00Z' } },
			});
			return 'License change executed successfully.';
		}
		case 'Cancel': {
			const ids = [body('SubscriptionIds')].flat().map(psString);
			for (const id of ids) {
				const index = subscriptions.findIndex((subscription) => subscription.id === id);
				if (index >= 0) subscriptions.splice(index, 1);
			}
			return 'License change executed successfully.';
		}
		case 'ScheduleRemoval': {
			if (!existing) throw new Error(`No existing subscription with SKU '${sku}' found.`);
			const remove = Math.max(count('Remove') || 1, 1);
			const days = count('DaysBeforeRenewal') >= 1 ? count('DaysBeforeRenewal') : 3;
			const runAt = new Date(Date.parse(existing.commitmentTerm.renewalConfiguration.renewalDate) - days * 86_400_000);
			const when = runAt.toISOString().slice(0, 16).replace('T', ' ');
			return `Scheduled a decrease of ${remove} license(s) for '${existing.productName}' on ${when} UTC, ${days} day(s) before the renewal date. The decrease only executes if at least ${remove} license(s) are unassigned at that time.`;
		}
		default:
			return 'License change executed successfully.';
	}
}

const ExecCSPLicense: Endpoint = {
	name: 'ExecCSPLicense',
	role: 'Tenant.Directory.ReadWrite',
	handle(ctx) {
		const skuField = ctx.fromBody('SKU');
		const sku = psString(coalesce(getIgnoreCase(skuField, 'value'), skuField));
		try {
			const result = cspChange(ctx.state, ctx.fromBody('tenantFilter'), psString(ctx.fromBody('Action')), sku, (name) =>
				ctx.fromBody(name),
			);
			return { status: 200, body: result };
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return { status: 500, body: `Failed to execute license change. Error: ${message}` };
		}
	},
};

const ListExcludedLicenses: Endpoint = {
	name: 'ListExcludedLicenses',
	role: 'CIPP.AppSettings.Read',
	handle(ctx) {
		const rows = licenseData(ctx.state).exclusions.map((entry) => {
			const everywhere = entry.ExcludedEverywhere ?? true;
			return {
				PartitionKey: 'License',
				RowKey: entry.GUID,
				...entry,
				ExcludedEverywhere: everywhere,
				ShowInLicenseDropdown: entry.ShowInLicenseDropdown ?? false,
				ExclusionType: everywhere ? 'Excluded Everywhere' : 'Excluded from Alerts Only',
			};
		});
		return { status: 200, body: { Results: rows } };
	},
};

const ExecExcludeLicenses: Endpoint = {
	name: 'ExecExcludeLicenses',
	role: 'CIPP.AppSettings.ReadWrite',
	handle(ctx) {
		const data = licenseData(ctx.state);
		const guid = psString(ctx.fromBody('GUID'));
		const givenName = ctx.fromBody('SKUName');
		let name = psString(givenName);
		// Add-CIPPAzDataTableEntity -Force replaces the whole row: a name not given is stored as null,
		// and ShowInLicenseDropdown is dropped (hidden again).
		const upsert = (everywhere: boolean) => {
			data.exclusions = data.exclusions.filter((entry) => entry.GUID !== guid);
			data.exclusions.push({
				GUID: guid,
				Product_Display_Name: givenName === undefined || givenName === null ? null : name,
				ExcludedEverywhere: everywhere,
			});
		};
		switch (psString(ctx.fromBody('Action'))) {
			case 'AddExclusion':
				upsert(true);
				return { status: 200, body: { Results: `Success. Added ${name}(${guid}) to the excluded licenses list.` } };
			case 'AlertOnly':
				upsert(false);
				return { status: 200, body: { Results: `Success. ${name}(${guid}) will now only be excluded from alerts.` } };
			case 'SetShowInDropdown': {
				const entry = data.exclusions.find((candidate) => candidate.GUID === guid);
				if (!entry) return { status: 500, body: { Results: `Failed to process exclusion request. Excluded license not found: ${guid}` } };
				const show = ctx.fromBody('ShowInDropdown') === true;
				name ||= psString(entry.Product_Display_Name);
				entry.ShowInLicenseDropdown = show;
				return {
					status: 200,
					body: { Results: `Success. ${name}(${guid}) will now be ${show ? 'shown in' : 'hidden from'} license dropdowns.` },
				};
			}
			case 'RemoveExclusion': {
				const entry = data.exclusions.find((candidate) => candidate.GUID === guid);
				if (!entry)
					return {
						status: 500,
						body: { Results: "Failed to process exclusion request. Cannot bind argument to parameter 'Entity' because it is null." },
					};
				data.exclusions = data.exclusions.filter((candidate) => candidate !== entry);
				return { status: 200, body: { Results: `Success. Removed ${name}(${guid}) from the excluded licenses list.` } };
			}
			case 'RestoreDefaults': {
				const full = Boolean(ctx.fromBody('FullReset'));
				const missing = DEFAULT_EXCLUSIONS.filter((entry) => !data.exclusions.some((candidate) => candidate.GUID === entry.GUID));
				data.exclusions = full
					? DEFAULT_EXCLUSIONS.map((entry) => ({ ...entry }))
					: [...data.exclusions, ...missing.map((entry) => ({ ...entry }))];
				return {
					status: 200,
					body: {
						Results: full
							? `Successfully performed full reset. Restored ${DEFAULT_EXCLUSIONS.length} default licenses from config file`
							: `Successfully added ${missing.length} missing licenses from config file (${DEFAULT_EXCLUSIONS.length - missing.length} already existed)`,
					},
				};
			}
			default:
				return { status: 400, body: { Results: `Invalid action specified: ${psString(ctx.fromBody('Action'))}` } };
		}
	},
};

/** Invoke-ExecBulkLicense -> Set-CIPPUserLicense: rows grouped by tenant, users looked up by object ID. */
const ExecBulkLicense: Endpoint = {
	name: 'ExecBulkLicense',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const rows = (Array.isArray(ctx.body) ? ctx.body : [ctx.body]).filter(isPlainObject);
		const results: string[] = [];
		const skus = (entries: unknown) =>
			(Array.isArray(entries) ? entries : []).map((entry) => psString(isPlainObject(entry) ? entry.value : entry));
		for (const row of rows) {
			const tenantFilter = psString(row.tenantFilter);
			let tenant: SandboxTenant;
			try {
				tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return {
					status: 500,
					body: {
						Results: [
							`Failed to process bulk license operation: Failed to lookup users before license assignment for tenant ${tenantFilter}. Error: ${error.message}`,
						],
					},
				};
			}
			const userId = (Array.isArray(row.userIds) ? row.userIds : [])
				.map((id: unknown) => psString(id))
				.find((id: string) => id.trim() !== '');
			const user = userId
				? ctx.state.users.find((candidate) => candidate.tenantId === tenant.customerId && candidate.id === userId)
				: undefined;
			if (!user) {
				results.push(
					userId ? `User ${userId} not found in tenant ${tenantFilter}` : `No valid user ID found in request for tenant ${tenantFilter}`,
				);
				continue;
			}
			const held = user.assignedLicenses.map((licence) => licence.skuId);
			const operation = psString(row.LicenseOperation);
			const add = operation === 'Add' || operation === 'Replace' ? skus(row.Licenses) : [];
			const remove =
				operation === 'Remove'
					? row.RemoveAllLicenses === true
						? held
						: skus(row.LicensesToRemove).filter((sku) => held.includes(sku))
					: operation === 'Replace'
						? row.ReplaceAllLicenses === true
							? held
							: skus(row.LicensesToReplace).filter((sku) => held.includes(sku))
						: [];
			if (add.length === 0 && remove.length === 0) {
				results.push(`No license changes needed for user ${user.userPrincipalName}`);
				continue;
			}
			const kept = held.filter((sku) => !remove.includes(sku));
			user.assignedLicenses = [...new Set([...kept, ...add])].map((skuId) => ({ disabledPlans: [], skuId }));
			results.push(`Successfully set licenses for ${user.userPrincipalName}. It may take 2–5 minutes before the changes become visible.`);
		}
		// This CIPP version answers HTTP 200 with every row's text, whatever happened to each user.
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [
	ExecBulkLicense,
	ListLicenses,
	ListLicensesReport,
	ExecReprocessUserLicenses,
	ListCSPsku,
	ExecCSPLicense,
	ListExcludedLicenses,
	ExecExcludeLicenses,
];
