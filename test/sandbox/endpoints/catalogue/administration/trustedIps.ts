/** Table trustedIps: Invoke-ListIPWhitelist and -ExecAddTrustedIP. */
import { perSandbox } from '../../../directory';
import { psList, psString } from '../../../powershell';
import { findCippTenant } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';

interface TrustedIpRow {
	PartitionKey: string;
	RowKey: string;
	state: string;
}

const trustedIps = perSandbox(() => ({
	rows: [{ PartitionKey: 'contoso.onmicrosoft.com', RowKey: '203.0.113.10', state: 'Trusted' }] as TrustedIpRow[],
}));

const ListIPWhitelist: Endpoint = {
	name: 'ListIPWhitelist',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		return { status: 200, body: trustedIps(ctx.state).rows.map((row) => ({ ...row })) };
	},
};

const ExecAddTrustedIP: Endpoint = {
	name: 'ExecAddTrustedIP',
	role: 'CIPP.AppSettings.ReadWrite',
	handle(ctx) {
		const filter = ctx.fromQuery('tenantfilter');
		if (!filter) return { status: 400, body: { results: "Missing required query parameter 'tenantfilter'" } };
		const domain = findCippTenant(ctx.state, filter)?.defaultDomainName;
		if (!domain) return { status: 400, body: { results: `Invalid tenantfilter '${filter}'` } };
		const given = ctx.fromBody('IP');
		const ips = psList(given).map(psString);
		const state = psString(ctx.fromBody('State'));
		const data = trustedIps(ctx.state);
		for (const ip of ips) {
			data.rows = [
				...data.rows.filter((row) => !(row.PartitionKey === domain && row.RowKey === ip)),
				{ PartitionKey: domain, RowKey: ip, state },
			];
		}
		return { status: 200, body: { results: `Added ${ips.join(' ')} to database with state ${state} for ${domain}` } };
	},
};

export const endpoints: Endpoint[] = [ListIPWhitelist, ExecAddTrustedIP];
