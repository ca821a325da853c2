import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { domainTenantParameter } from '../shared/tenant';
import type { CippOperation } from '../types';

export const startBreachSearch: CippOperation = {
	resource: 'tool',
	value: 'startBreachSearch',
	name: 'Start Breach Search',
	action: "Start a breach search of a tenant's users",
	description:
		'Queue a Have I Been Pwned search of every account of a customer tenant and return at once; the search runs in the background and can take up to 24 hours',
	...writes('ExecBreachSearch', 'CIPP.Core.Read'),
	parameters: [domainTenantParameter('body')],
	output: actionResult({
		queued: { followUp: 'Read the results with Tool → Get Many Tenant Breaches (the search can take up to 24 hours)' },
	}),
};
