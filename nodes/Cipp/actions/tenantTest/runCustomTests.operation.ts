import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { scan } from '../shared/standard';
import type { CippOperation } from '../types';

export const runCustomTests: CippOperation = {
	resource: 'tenantTest',
	value: 'runCustomTests',
	name: 'Run Custom Tests',
	action: 'Run the custom tests',
	description:
		'Run the enabled custom tests (Custom Script) again on the last collected data of a tenant or AllTenants. Asynchronous: results appear in Get Many Tenant Results as each tenant completes.',
	...scan('ExecCustomTestRun', 'Tenant.Tests.ReadWrite'),
	parameters: [tenantParameter('body', { allowAllTenants: true, defaultDomainOnly: true })],
	output: actionResult({ queued: { followUp: 'Read the results with Tenant Test → Get Many Tenant Results (Test Type Custom)' } }),
};
