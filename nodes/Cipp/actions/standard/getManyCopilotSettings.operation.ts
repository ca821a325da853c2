import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCopilotSettings: CippOperation = {
	resource: 'standard',
	value: 'getManyCopilotSettings',
	name: 'Get Many Copilot Settings',
	action: "Get a tenant's Microsoft 365 Copilot settings",
	description:
		'List the Microsoft 365 Copilot admin settings of a tenant, one item per setting with its settingId, raw value and state; a setting CIPP could not read has state "Unable to read"',
	...reads('ListCopilotSettings', 'Tenant.Standards.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
