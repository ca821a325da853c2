import { reads } from '../common/endpoints';
import { additionalFields, choiceField, inQuery, requiredText, text } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

const CHECKS: Array<[string, string]> = [
	['DKIM Record', 'ReadDkimRecord'],
	['DKIM Selectors Known to CIPP', 'GetDkimSelectors'],
	['DMARC Policy', 'ReadDmarcPolicy'],
	['DNSSEC', 'TestDNSSEC'],
	['Domain Analyser Result', 'ListDomainInfo'],
	['HTTPS Certificate', 'TestHttpsCertificate'],
	['MTA-STS', 'TestMtaSts'],
	['MX Records', 'ReadMXRecord'],
	['Name Servers', 'ReadNSRecord'],
	['Autodiscover Record', 'ReadAutoDiscover'],
	['SPF Record', 'ReadSpfRecord'],
	['WHOIS Record', 'ReadWhoisRecord'],
];

export const checkDomain: CippOperation = {
	resource: 'tool',
	value: 'checkDomain',
	name: 'Check Domain',
	action: "Check a domain's DNS and mail security",
	description:
		'Run one live DNS check on any domain (SPF, DMARC, DKIM, MX, DNSSEC, MTA-STS, HTTPS certificate, autodiscover, name servers, WHOIS) and return its findings',
	...reads('ListDomainHealth', 'Tenant.DomainAnalyser.Read'),
	parameters: [
		requiredText(
			{
				displayName: 'Domain',
				name: 'domain',
				placeholder: 'e.g. contoso.com',
				description: 'The domain to check',
			},
			{ name: 'Domain', in: 'query' },
		),
		choiceField(
			'Check',
			'check',
			'Which check to run',
			inQuery('Action'),
			'ReadSpfRecord',
			CHECKS.map(([name, value]) => ({ name, value })).sort((a, b) => a.name.localeCompare(b.name)),
		),
		additionalFields([
			text('Expected SPF Include', 'expectedInclude', 'SPF: an include the record must contain', inQuery('ExpectedInclude'), {
				placeholder: 'e.g. spf.protection.outlook.com',
			}),
			text('SPF Record', 'record', 'SPF: test this record instead of the published one', inQuery('Record'), {
				placeholder: 'e.g. v=spf1 include:spf.protection.outlook.com -all',
			}),
			text(
				'DKIM Selectors',
				'selector',
				"DKIM: selectors to look up, separated by commas. CIPP also saves them as the domain's DKIM selectors (used by its later DKIM checks and domain analyser) when the API client may edit.",
				inQuery('Selector'),
				{ placeholder: 'e.g. selector1, selector2' },
			),
			text('Subdomains', 'subdomains', 'HTTPS certificate: subdomains to test, separated by commas (default www)', inQuery('Subdomains'), {
				placeholder: 'e.g. www, mail',
			}),
			text(
				'Expected Autodiscover Target',
				'expectedTarget',
				'Autodiscover: the target the record should point to',
				inQuery('ExpectedTarget'),
				{ placeholder: 'e.g. autodiscover.outlook.com' },
			),
		]),
	],
	output: records,
};
