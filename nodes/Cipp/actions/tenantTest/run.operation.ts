import { choiceField, choices } from '../common/fields';
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
		choiceField(
			'Mode',
			'mode',
			'',
			'mode',
			'both',
			choices({ 'Collect Data and Run Tests': 'both', 'Collect Data Only': 'cache', 'Run Tests Only (on the Last Data)': 'tests' }),
		),
	],
	output: actionResult({ queued: { followUp: 'Read the results with Tenant Test → Get Many Results once the run has finished' } }),
};
