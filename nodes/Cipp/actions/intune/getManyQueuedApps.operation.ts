import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyQueuedApps: CippOperation = {
	resource: 'intune',
	value: 'getManyQueuedApps',
	name: 'Get Many Queued Apps',
	action: "Get many apps in CIPP's deployment queue",
	description:
		"List the apps waiting in CIPP's app queue (added with Add Choco App, Add Store App or Add MSP App), one item per tenant and app with its queue ID, tenantName, applicationName, assignTo and status",
	...reads('ListApplicationQueue', 'Endpoint.Application.Read'),
	list: true,
	parameters: [],
	output: records,
};
