import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const run: CippOperation = {
	resource: 'tenantTest',
	value: 'run',
	name: 'Run',
	action: "Run CIPP's tests for a tenant",
	description:
		"Collect a tenant's data and run CIPP's tests on it, or only one of the two. Asynchronous: read the results later with Get Many Results.",
	...writes('ExecTestRun', 'Tenant.Tests.ReadWrite'),
	parameters: [
		standardsTenant('body'),
		{
			property: {
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				default: 'both',
				options: [
					{ name: 'Collect Data and Run Tests', value: 'both' },
					{ name: 'Collect Data Only', value: 'cache' },
					{ name: 'Run Tests Only (on the Last Data)', value: 'tests' },
				],
			},
			send: { name: 'mode', in: 'body' },
		},
	],
	output: actionResult({ queued: { followUp: 'Read the results with Tenant Test → Get Many Results once the run has finished' } }),
};
