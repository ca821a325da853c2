import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { scan } from '../shared/standard';
import type { CippOperation } from '../types';

const tenant = tenantParameter('body', { allowAllTenants: true });

export const runBpa: CippOperation = {
	resource: 'standard',
	value: 'runBpa',
	name: 'Run BPA',
	action: 'Run the Best Practice Analyser',
	description:
		'Start the Best Practice Analyser for a tenant or AllTenants. Asynchronous: read the results later with Get Many BPA Results. CIPP answers "queued" even when the BPA is turned off in its feature flags.',
	...scan('ExecBPA', 'Tenant.BestPracticeAnalyser.ReadWrite'),
	parameters: [{ ...tenant, send: { name: 'tenantfilter', in: 'body', encoding: 'labelValue' } }],
	output: actionResult({ queued: { followUp: 'Read the results with Standard → Get Many BPA Results in a few minutes' } }),
};
