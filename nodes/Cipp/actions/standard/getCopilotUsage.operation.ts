import { choiceField, choices, inQuery } from '../common/fields';
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
		choiceField(
			'Report',
			'type',
			'',
			inQuery('Type'),
			'Adoption',
			choices({ Adoption: 'Adoption', Trend: 'Trend', 'User Detail': 'UserDetail' }),
		),
		choiceField('Period', 'period', '', inQuery('period'), 'D30', REPORT_PERIODS),
	],
	output: records,
};
