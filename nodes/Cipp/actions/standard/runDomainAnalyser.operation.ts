import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { scan } from '../shared/standard';
import type { CippOperation } from '../types';

const tenant = tenantParameter('body', { allowAllTenants: true });

export const runDomainAnalyser: CippOperation = {
	resource: 'standard',
	value: 'runDomainAnalyser',
	name: 'Run Domain Analyser',
	action: 'Run the domain analyser',
	description:
		'Start the Domain Analyser (DNS checks of every domain) for a tenant or AllTenants. Asynchronous: read the results later with Get Many Domain Analyses.',
	...scan('ExecDomainAnalyser', 'Tenant.DomainAnalyser.ReadWrite'),
	parameters: [{ ...tenant, send: { name: 'tenantFilter', in: 'body', encoding: 'labelValue' } }],
	output: actionResult({ queued: { followUp: 'Read the results with Standard → Get Many Domain Analyses in a few minutes' } }),
};
