import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';
import { REPORT_PERIODS } from '../shared/tenant';

export const getCopilotUsage: CippOperation = {
	resource: 'standard',
	value: 'getCopilotUsage',
	name: 'Get Copilot Usage',
	action: "Get a tenant's Microsoft 365 Copilot usage",
	description:
		"Get Microsoft 365 Copilot usage of a tenant from Microsoft's reports: enabled and active users per app (Adoption), per day (Trend), or each user's last activity per app (User Detail)",
	...reads('ListCopilotUsage', 'Tenant.Standards.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		{
			property: {
				displayName: 'Report',
				name: 'type',
				type: 'options',
				default: 'Adoption',
				options: [
					{ name: 'Adoption', value: 'Adoption' },
					{ name: 'Trend', value: 'Trend' },
					{ name: 'User Detail', value: 'UserDetail' },
				],
			},
			send: { name: 'Type', in: 'query' },
		},
		{
			property: {
				displayName: 'Period',
				name: 'period',
				type: 'options',
				default: 'D30',
				options: REPORT_PERIODS,
			},
			send: { name: 'period', in: 'query' },
		},
	],
	output: records,
};
