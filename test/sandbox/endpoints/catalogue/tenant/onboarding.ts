/**
 * CIPP's own tenant list kept per sandbox (exclusions and removed rows), and the endpoints that
 * change it: Invoke-ExecExcludeTenant, -ExecRemoveTenant and -ExecOffboardTenant.
 */
import { perSandbox } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { psString } from '../../../powershell';
import { cippTenants, matchesTenantFilter, tenantListEntry } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { gdap } from '../gdap/state';
import { valueOf } from './request';

/** The Tenants table's changes: exclusions (who and when) and rows deleted from CIPP. */
const tenantsTable = perSandbox(() => ({
	excluded: new Map<string, { ExcludeUser: string; ExcludeDate: string }>(),
	removed: new Set<string>(),
}));

/** Get-Tenants -IncludeAll: every tenant CIPP still has a row for. */
function listedTenants(state: SandboxState): SandboxTenant[] {
	const { removed } = tenantsTable(state);
	return cippTenants(state).filter((tenant) => !removed.has(tenant.customerId));
}

/** The Tenants table rows CIPP keeps, with their exclusion. */
export function tenantRows(state: SandboxState): Array<Record<string, unknown>> {
	const { excluded } = tenantsTable(state);
	return listedTenants(state).map((tenant) => {
		const exclusion = excluded.get(tenant.customerId);
		return { ...tenantListEntry(tenant), ...(exclusion ? { Excluded: true, ...exclusion } : {}) };
	});
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Tenant IDs from the body's `value` list (`$Request.body.value -contains $_.customerId`: IDs only). */
const chosenIds = (value: unknown) => [value].flat().map(psString);

const ExecExcludeTenant: Endpoint = {
	name: 'ExecExcludeTenant',
	role: 'CIPP.AppSettings.ReadWrite',
	handle(ctx) {
		const store = tenantsTable(ctx.state);
		const rows = tenantRows(ctx.state);
		let body: unknown = [];
		if (ctx.fromQuery('List')) body = rows.filter((row) => row.Excluded === true);
		else if (ctx.fromQuery('ListAll')) body = rows;
		const name = psString(ctx.fromQuery('tenantFilter'));
		const ids = chosenIds(ctx.fromBody('value'));
		const chosen = listedTenants(ctx.state).filter((tenant) => ids.includes(tenant.customerId));
		if (ctx.fromQuery('AddExclusion')) {
			const ExcludeDate = new Date().toISOString().slice(0, 10);
			for (const tenant of chosen) store.excluded.set(tenant.customerId, { ExcludeUser: ctx.client.appName ?? 'CIPP-API', ExcludeDate });
			// Nothing matched: nothing is written, and the answer is the same "Success" with no names.
			body = { Results: `Success. Added exclusions for customer(s): ${chosen.map((tenant) => tenant.defaultDomainName).join(',')}` };
		}
		if (ctx.fromQuery('RemoveExclusion')) {
			for (const tenant of chosen) store.excluded.delete(tenant.customerId);
			body = { Results: `Success. We've removed ${name} from the excluded tenants.` };
		}
		return { status: 200, body };
	},
};

const ExecRemoveTenant: Endpoint = {
	name: 'ExecRemoveTenant',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const store = tenantsTable(ctx.state);
		const id = psString(ctx.fromBody('TenantID'));
		if (!GUID.test(id)) return { status: 400, body: { Results: `Tenant ID ${id} is not a valid GUID.` } };
		const tenant = listedTenants(ctx.state).find((candidate) => candidate.customerId === id);
		if (!tenant) return { status: 404, body: { Results: `Tenant ${id} not found in CIPP.` } };
		store.removed.add(id);
		store.excluded.delete(id);
		const name = tenant.isPartner ? '*Partner Tenant' : tenant.displayName;
		return {
			status: 200,
			body: {
				Results: `${name} (${id}) deleted from CIPP. Note: This does not remove the GDAP relationship, see the Tenant Offboarding wizard to perform that action.`,
			},
		};
	},
};

/** Each chosen action in CIPP's order, adding to Results or Errors (Invoke-ExecOffboardTenant.ps1:30-216). */
function offboard(state: SandboxState, tenant: SandboxTenant, flag: (name: string) => boolean, vendorApps: unknown[]) {
	const results: string[] = [];
	const errors: string[] = [];
	const partner = state.tenants.find((candidate) => candidate.isPartner);
	const partnerDomains = [partner?.defaultDomainName, partner?.initialDomainName]
		.filter(Boolean)
		.map((domain) => String(domain).toLowerCase());
	const domain = tenant.defaultDomainName;
	if (flag('RemoveCSPGuestUsers')) {
		const guests = state.users.filter(
			(user) =>
				user.tenantId === tenant.customerId &&
				user.userType === 'Guest' &&
				partnerDomains.some((partnerDomain) => (user.mail ?? '').toLowerCase().endsWith(partnerDomain)),
		);
		for (const guest of guests) state.users.splice(state.users.indexOf(guest), 1);
		results.push(guests.length > 0 ? 'Successfully removed guest users' : 'No guest users found to remove');
	}
	if (flag('RemoveCSPnotificationContacts')) {
		for (const property of ['marketingNotificationEmails', 'securityComplianceNotificationMails', 'technicalNotificationMails']) {
			results.push(`No notification contacts found in ${property}`);
		}
	}
	if (flag('RemoveDomainAnalyserData')) results.push('No Domain Analyser data found for this tenant');
	for (const app of vendorApps as Array<Record<string, unknown>>) {
		const label = psString(app?.label);
		if (GUID.test(psString(app?.value))) results.push(`Successfully removed app ${label}`);
		else errors.push(`Failed to removed app ${label}`);
	}
	if (flag('RemoveMultitenantCSPApps')) results.push('Successfully removed app CIPP-SAM');
	if (flag('TerminateGDAP')) {
		const active = gdap(state).relationships.filter(
			(relationship) => relationship.customer.tenantId === tenant.customerId && relationship.status === 'active',
		);
		for (const relationship of active) {
			relationship.status = 'terminationRequested';
			results.push(`Successfully terminated GDAP relationship ${relationship.displayName} from tenant ${domain}`);
		}
		// The tenant leaves CIPP's list even when a termination failed ($ClearCache, :164-216).
		tenantsTable(state).removed.add(tenant.customerId);
		results.push(`${tenant.displayName} (${tenant.customerId}) has been deleted from CIPP`);
	}
	if (flag('TerminateContract')) results.push('Successfully terminated contract relationship');
	return { Results: results, Errors: errors };
}

const ExecOffboardTenant: Endpoint = {
	name: 'ExecOffboardTenant',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const filter = psString(valueOf(ctx.fromBody('TenantFilter')));
		const tenant = filter ? listedTenants(ctx.state).find((candidate) => matchesTenantFilter(candidate, filter)) : undefined;
		if (!tenant) return { status: 200, body: { Results: ['Tenant has already been offboarded'], Errors: [] } };
		if (tenant.isPartner) return { status: 200, body: { Results: [], Errors: ['You cannot offboard the CSP tenant'] } };
		const flag = (name: string) => ctx.fromBody(name) === true;
		return { status: 200, body: offboard(ctx.state, tenant, flag, [ctx.fromBody('vendorApplications') ?? []].flat()) };
	},
};

export const endpoints: Endpoint[] = [ExecExcludeTenant, ExecRemoveTenant, ExecOffboardTenant];
