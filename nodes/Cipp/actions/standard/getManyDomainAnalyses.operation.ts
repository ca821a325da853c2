import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDomainAnalyses: CippOperation = {
	resource: 'standard',
	value: 'getManyDomainAnalyses',
	name: 'Get Many Domain Analyses',
	action: 'Get the domain analyser results',
	description:
		'List the last Domain Analyser results, one item per domain with its MX, SPF, DMARC, DKIM and DNSSEC findings and score. CIPP keeps an answer for 5 minutes.',
	...reads('ListDomainAnalyser', 'Tenant.DomainAnalyser.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: records,
};
