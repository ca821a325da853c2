/** Have I Been Pwned lookups (Tools/Breach-Lookup): per account or domain, and the per-tenant search. */
import { perSandbox } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { tenantUsers } from '../../../graph';
import { psString } from '../../../powershell';
import { findCippTenant } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { writeLog } from '../administration/state';

const BREACHES = [
	{
		Name: 'Adobe',
		Title: 'Adobe',
		Domain: 'adobe.com',
		BreachDate: '2013-10-04',
		AddedDate: '2013-12-04T00:00:00Z',
		PwnCount: 152445165,
		DataClasses: ['Email addresses', 'Password hints', 'Passwords', 'Usernames'],
		IsVerified: true,
	},
	{
		Name: 'LinkedIn',
		Title: 'LinkedIn',
		Domain: 'linkedin.com',
		BreachDate: '2012-05-05',
		AddedDate: '2016-05-21T21:35:40Z',
		PwnCount: 164611595,
		DataClasses: ['Email addresses', 'Passwords'],
		IsVerified: true,
	},
	{
		Name: 'Dropbox',
		Title: 'Dropbox',
		Domain: 'dropbox.com',
		BreachDate: '2012-07-01',
		AddedDate: '2016-08-31T00:19:19Z',
		PwnCount: 68648009,
		DataClasses: ['Email addresses', 'Passwords'],
		IsVerified: true,
	},
];

/** Accounts with breaches: every third licensed user of a tenant. */
function breachedAccounts(state: SandboxState, domain: string): Array<{ email: string; breaches: typeof BREACHES }> {
	const tenant = findCippTenant(state, domain);
	if (!tenant) return [];
	return tenantUsers(state, tenant)
		.filter((user) => user.mail && user.userType === 'Member')
		.filter((_, index) => index % 3 === 0)
		.map((user, index) => ({ email: user.mail ?? '', breaches: BREACHES.slice(0, (index % BREACHES.length) + 1) }));
}

export const ListBreachesAccount: Endpoint = {
	name: 'ListBreachesAccount',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const account = psString(ctx.fromQuery('account')).toLowerCase();
		if (account.includes('@')) {
			const domain = account.split('@')[1];
			const hit = breachedAccounts(ctx.state, domain).find((entry) => entry.email.toLowerCase() === account);
			return { status: 200, body: hit ? hit.breaches : [] };
		}
		const hits = breachedAccounts(ctx.state, account).map((entry) => ({
			email: entry.email,
			breaches: entry.breaches.map((breach) => breach.Name),
		}));
		return { status: 200, body: hits };
	},
};

/** The UserBreaches table: a tenant's results once its search has run. */
const searched = perSandbox(
	(state: SandboxState) => new Set(['contoso.onmicrosoft.com'].filter((domain) => findCippTenant(state, domain))),
);

export const ListBreachesTenant: Endpoint = {
	name: 'ListBreachesTenant',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const filter = psString(ctx.fromQuery('tenantFilter')).toLowerCase();
		const done = searched(ctx.state);
		// Rows are filtered on `PartitionKey eq '<tenantFilter>'`, then only partitions that are a
		// default domain CIPP manages are kept (Invoke-ListBreachesTenant.ps1:15-22): a tenant ID finds nothing.
		const isDefaultDomain = (partition: string) => findCippTenant(ctx.state, partition)?.defaultDomainName.toLowerCase() === partition;
		const domains = [...done].filter((partition) => (filter === 'alltenants' || partition === filter) && isDefaultDomain(partition));
		const rows = domains.flatMap((domain) =>
			breachedAccounts(ctx.state, domain).map((entry) => ({
				email: entry.email,
				breaches: entry.breaches.map((breach) => breach.Name),
				count: entry.breaches.length,
			})),
		);
		return { status: 200, body: rows };
	},
};

export const ExecBreachSearch: Endpoint = {
	name: 'ExecBreachSearch',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromBody('tenantFilter'));
		const tenant = findCippTenant(ctx.state, tenantFilter);
		// New-BreachTenantSearch stores the rows with PartitionKey = tenantFilter as given (:29-34);
		// CIPP runs it before answering.
		if (tenant) searched(ctx.state).add(tenantFilter.toLowerCase());
		writeLog(ctx.state, {
			Tenant: tenantFilter,
			TenantID: tenant?.customerId,
			API: 'ExecBreachSearch',
			Message: `Started breach search for ${tenantFilter}`,
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		return { status: 200, body: { Results: `Executing Search for ${tenantFilter}. This may take up to 24 hours to complete.` } };
	},
};
