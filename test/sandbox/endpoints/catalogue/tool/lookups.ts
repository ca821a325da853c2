/** Lookups that need no customer tenant: external tenants, domain health, GeoIP, version, universal search. */
import { perSandbox, stableGuid, tenantGroups } from '../../../directory';
import { findTenant, fixtures } from '../../../fixtures';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';

/** A few public tenants beyond CIPP's own customers (what login.windows.net would resolve). */
const PUBLIC_TENANTS: Record<string, { tenantId: string; displayName: string; defaultDomainName: string }> = {
	'microsoft.com': { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', displayName: 'Microsoft', defaultDomainName: 'microsoft.com' },
	'adatum.com': {
		tenantId: stableGuid('public/adatum.com'),
		displayName: 'Adatum Corporation',
		defaultDomainName: 'adatum.onmicrosoft.com',
	},
};

export const ListExternalTenantInfo: Endpoint = {
	name: 'ListExternalTenantInfo',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const wanted = psString(ctx.fromQuery('tenant')).toLowerCase();
		if (!wanted) return { status: 400, body: 'Tenant parameter is required' };
		const own = findTenant(wanted, ctx.state);
		const info = own
			? { tenantId: own.customerId, displayName: own.displayName, defaultDomainName: own.defaultDomainName }
			: (PUBLIC_TENANTS[wanted] ?? Object.values(PUBLIC_TENANTS).find((entry) => entry.tenantId === wanted));
		if (!info) {
			return {
				status: 500,
				body: `Something went wrong while trying to get tenant info for tenant ${wanted}: Response status code does not indicate success: 400 (Bad Request).`,
			};
		}
		const tokenEndpoint = `https://login.windows.net/${info.tenantId}/oauth2/token`;
		return {
			status: 200,
			body: {
				GraphRequest: {
					'@odata.type': '#microsoft.graph.tenantInformation',
					tenantId: info.tenantId,
					federationBrandName: null,
					displayName: info.displayName,
					defaultDomainName: info.defaultDomainName,
				},
				OpenIdConfig: {
					token_endpoint: tokenEndpoint,
					issuer: `https://sts.windows.net/${info.tenantId}/`,
					authorization_endpoint: `https://login.windows.net/${info.tenantId}/oauth2/authorize`,
					tenant_region_scope: 'NA',
					cloud_instance_name: 'microsoftonline.com',
				},
				UserTenantBranding: [{ Locale: 0, BannerLogo: null, Illustration: null, BoilerPlateText: null, KeepMeSignedInDisabled: false }],
			},
		};
	},
};

const ACTIONS = [
	'GetDkimSelectors',
	'ListDomainInfo',
	'ReadAutoDiscover',
	'ReadDkimRecord',
	'ReadDmarcPolicy',
	'ReadMXRecord',
	'ReadNSRecord',
	'ReadSpfRecord',
	'ReadWhoisRecord',
	'TestDNSSEC',
	'TestHttpsCertificate',
	'TestMtaSts',
];
const DOMAIN = /^(((?!-))(xn--|_{1,1})?[a-z0-9-]{0,61}[a-z0-9]{1,1}\.)*(xn--)?([a-z0-9][a-z0-9-]{0,60}|[a-z0-9-]{1,30}\.[a-z]{2,})$/;

/** CIPP's Domains table: the DKIM selectors saved per domain (as CIPP stores them, a compact JSON array). */
const savedSelectors = perSandbox(() => new Map<string, string>());

function domainCheck(action: string, domain: string, q: (name: string) => string | undefined, saved: Map<string, string>): unknown {
	const m365 = domain.replace(/\./g, '-');
	const selectorsJson = saved.get(domain) ?? '["selector1","selector2"]';
	switch (action) {
		case 'ListDomainInfo':
			return {
				RowKey: domain,
				PartitionKey: 'TenantDomains',
				TenantId: findTenant(domain)?.customerId ?? 'NoTenant',
				DkimSelectors: selectorsJson,
				MailProviders: 'Microsoft365',
			};
		case 'GetDkimSelectors':
			return (JSON.parse(selectorsJson) as string[]).join(',');
		case 'ReadSpfRecord': {
			const record = q('Record') ?? 'v=spf1 include:spf.protection.outlook.com -all';
			const include = q('ExpectedInclude');
			const missing = include && !record.includes(`include:${include}`);
			return {
				Record: record,
				RecordCount: 1,
				LookupCount: 1,
				AllMechanism: '-all',
				ValidationPasses: ['Expected SPF record was returned', 'SPF record ends with a hard fail (-all)'],
				ValidationWarns: [],
				ValidationFails: missing ? [`Expected SPF include of '${include}' was not found`] : [],
				RecordList: [{ Domain: 'spf.protection.outlook.com', Mechanism: 'include' }],
				TypeLookups: [],
				IPAddresses: [],
			};
		}
		case 'ReadDmarcPolicy':
			return {
				Record: 'v=DMARC1; p=reject; rua=mailto:dmarc@' + domain,
				Version: 'DMARC1',
				Policy: 'reject',
				SubdomainPolicy: 'reject',
				Percent: 100,
				ValidationPasses: ['Policy is sufficiently strict'],
				ValidationWarns: [],
				ValidationFails: [],
			};
		case 'ReadDkimRecord': {
			const selector = q('Selector');
			const selectors = selector ? selector.trim().split(/\s*,\s*/) : (JSON.parse(selectorsJson) as string[]);
			return {
				Records: selectors.map((selector) => ({ Selector: selector, Record: `v=DKIM1; k=rsa; p=MIIBIjAN...${selector}`, KeyLength: 2048 })),
				ValidationPasses: ['DKIM records found'],
				ValidationWarns: [],
				ValidationFails: [],
			};
		}
		case 'ReadMXRecord':
			return {
				Records: [{ Priority: 0, Hostname: `${m365}.mail.protection.outlook.com` }],
				MailProvider: { Name: 'Microsoft365' },
				ValidationPasses: ['MX record is valid'],
				ValidationWarns: [],
				ValidationFails: [],
			};
		case 'TestDNSSEC':
			return { Keys: [], ValidationPasses: [], ValidationWarns: [], ValidationFails: ['No DNSKEY records found'] };
		case 'ReadWhoisRecord':
			return {
				DomainName: domain.toUpperCase(),
				Registrar: 'MarkMonitor Inc.',
				CreationDate: '2001-03-14T00:00:00Z',
				NameServers: ['ns1-01.azure-dns.com'],
			};
		case 'ReadNSRecord':
			return {
				Records: ['ns1-01.azure-dns.com.', 'ns2-01.azure-dns.net.'],
				ValidationPasses: ['NS records found'],
				ValidationWarns: [],
				ValidationFails: [],
			};
		case 'TestHttpsCertificate':
			return (q('Subdomains') ?? 'www').split(/\s*,\s*/).map((sub) => ({
				Hostname: `${sub}.${domain}`,
				ValidationPasses: ['Certificate is valid'],
				ValidationWarns: [],
				ValidationFails: [],
			}));
		case 'TestMtaSts':
			return {
				StsRecord: { Record: '' },
				StsPolicy: { Mode: '' },
				ValidationPasses: [],
				ValidationWarns: [],
				ValidationFails: ['No MTA-STS record found'],
			};
		default: {
			const target = q('ExpectedTarget') ?? 'autodiscover.outlook.com';
			return {
				Name: `autodiscover.${domain}`,
				Target: 'autodiscover.outlook.com',
				ValidationPasses: target === 'autodiscover.outlook.com' ? ['Autodiscover points to the expected target'] : [],
				ValidationWarns: [],
				ValidationFails: target === 'autodiscover.outlook.com' ? [] : [`Autodiscover does not point to ${target}`],
			};
		}
	}
}

export const ListDomainHealth: Endpoint = {
	name: 'ListDomainHealth',
	role: 'Tenant.DomainAnalyser.Read',
	anyTenant: true,
	handle(ctx) {
		const action = ctx.fromQuery('Action');
		const domain = ctx.fromQuery('Domain');
		if (!action) {
			return { status: 400, body: { Results: `The 'Action' parameter is required. Valid actions: ${ACTIONS.join(', ')}.` } };
		}
		if (!domain) return { status: 400, body: { Results: "The 'Domain' parameter is required." } };
		if (!DOMAIN.test(domain)) return { status: 400, body: { Results: `Domain: ${domain} is invalid` } };
		if (!ACTIONS.includes(action)) return { status: 400, body: { Results: `Unknown Action '${action}'.` } };
		const saved = savedSelectors(ctx.state);
		const selector = ctx.fromQuery('Selector');
		// A DKIM check with selectors from an admin or editor saves them as the domain's selectors
		// (later checks without selectors, GetDkimSelectors and ListDomainInfo use them).
		if (action === 'ReadDkimRecord' && selector && ['admin', 'editor'].includes(ctx.client.role)) {
			saved.set(domain, JSON.stringify(selector.trim().split(/\s*,\s*/)));
		}
		return { status: 200, body: domainCheck(action, domain, (name) => ctx.fromQuery(name), saved) };
	},
};

const GEOIP: Record<string, Record<string, unknown>> = {
	'203.0.113.42': {
		country: 'United States',
		countryCode: 'US',
		region: 'WA',
		regionName: 'Washington',
		city: 'Redmond',
		zip: '98052',
		lat: 47.674,
		lon: -122.1215,
		timezone: 'America/Los_Angeles',
		isp: 'Microsoft Corporation',
		org: 'Microsoft Azure',
		as: 'AS8075 Microsoft Corporation',
	},
	'198.51.100.7': {
		country: 'United Kingdom',
		countryCode: 'GB',
		region: 'ENG',
		regionName: 'England',
		city: 'London',
		zip: 'EC2V',
		lat: 51.5155,
		lon: -0.0922,
		timezone: 'Europe/London',
		isp: 'BT Public Internet Service',
		org: 'British Telecommunications PLC',
		as: 'AS2856 British Telecommunications PLC',
	},
};

export const ExecGeoIPLookup: Endpoint = {
	name: 'ExecGeoIPLookup',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const ip = psString(ctx.fromQueryOrBody('IP'));
		if (!ip) return { status: 200, body: 'IP address is required' };
		const location = GEOIP[ip];
		// The GeoIP service answers status FAIL (private, reserved or unknown address): CIPP throws, unhandled.
		if (!location) throw new Error(`Could not get location for ${ip}`);
		return { status: 200, body: { status: 'success', ...location, query: ip } };
	},
};

const REMOTE_CIPP = '10.9.0';
const REMOTE_API = '10.9.0';
const LOCAL_API = '10.8.2';

/** [semver] comparison of major.minor.patch. */
function newer(remote: string, local: string): boolean {
	const parts = (version: string) => version.split(/[-+]/)[0].split('.').map(Number);
	const [a, b] = [parts(remote), parts(local)];
	for (let index = 0; index < 3; index++) if (a[index] !== b[index]) return a[index] > b[index];
	return false;
}

export const GetVersion: Endpoint = {
	name: 'GetVersion',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const local = ctx.fromQuery('LocalVersion');
		if (!local) throw new Error('Cannot convert null to type "System.Management.Automation.SemanticVersion".');
		if (!/^\d+\.\d+\.\d+/.test(local))
			throw new Error(`Cannot convert value "${local}" to type "System.Management.Automation.SemanticVersion".`);
		return {
			status: 200,
			body: {
				LocalCIPPVersion: local,
				RemoteCIPPVersion: REMOTE_CIPP,
				LocalCIPPAPIVersion: LOCAL_API,
				RemoteCIPPAPIVersion: REMOTE_API,
				OutOfDateCIPP: newer(REMOTE_CIPP, local),
				OutOfDateCIPPAPI: newer(REMOTE_API, LOCAL_API),
			},
		};
	},
};

export const ExecUniversalSearchV2: Endpoint = {
	name: 'ExecUniversalSearchV2',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const terms = psString(ctx.fromQuery('searchTerms')).toLowerCase();
		const limit = Number(ctx.fromQuery('limit') ?? 10);
		const type = ctx.fromQuery('type') ?? 'Users';
		const tenants = cippTenants(ctx.state);
		const domainOf = (tenantId: string) => tenants.find((t) => t.customerId === tenantId)?.defaultDomainName ?? '';
		let results: Array<Record<string, unknown>> = [];
		if (type === 'Licenses') {
			results = Object.entries(fixtures.licenseNames)
				.filter(([, name]) => name.toLowerCase().includes(terms))
				.map(([skuId, name]) => {
					const holders = ctx.state.users.filter((u) => u.assignedLicenses.some((l) => l.skuId === skuId));
					const byTenant = [...new Set(holders.map((u) => u.tenantId))];
					return {
						Tenant: '',
						Type: 'Licenses',
						RowKey: `Licenses-${skuId}`,
						Data: {
							skuId,
							displayName: name,
							tenantCount: byTenant.length,
							totalAssigned: holders.length,
							tenants: byTenant.map((id) => ({ tenant: domainOf(id), used: holders.filter((u) => u.tenantId === id).length })),
						},
					};
				});
		} else if (type === 'Groups') {
			results = tenants
				.flatMap((t) => tenantGroups(ctx.state, t))
				.filter((g) => `${g.displayName} ${g.mail ?? ''}`.toLowerCase().includes(terms))
				.map((g) => ({
					Tenant: domainOf(g.tenantId),
					Type: 'Groups',
					RowKey: `Groups-${g.id}`,
					Data: {
						id: g.id,
						displayName: g.displayName,
						mail: g.mail,
						mailEnabled: g.mailEnabled,
						securityEnabled: g.securityEnabled,
						groupTypes: g.groupTypes,
						description: g.description,
					},
				}));
		} else if (type === 'Applications') {
			results = [];
		} else {
			results = ctx.state.users
				.filter((u) => `${u.displayName} ${u.userPrincipalName}`.toLowerCase().includes(terms))
				.map((u) => ({
					Tenant: domainOf(u.tenantId),
					Type: 'Users',
					RowKey: `Users-${u.id}`,
					Data: { id: u.id, userPrincipalName: u.userPrincipalName, displayName: u.displayName },
				}));
		}
		return { status: 200, body: results.slice(0, limit) };
	},
};
