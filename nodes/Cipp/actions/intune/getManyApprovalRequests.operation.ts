import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyApprovalRequests: CippOperation = {
	resource: 'intune',
	value: 'getManyApprovalRequests',
	name: 'Get Many Approval Requests',
	action: 'Get many Intune multi-admin approval requests',
	description:
		'List the multi-admin approval requests of a customer tenant (changes Intune holds until a second admin approves), one item each with status, operation, target and requestedBy',
	...reads('ListIntuneApprovalRequests', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			flag('Pending Only', 'pendingOnly', 'Whether to list only requests still waiting for approval', inQuery('PendingOnly')),
		]),
	],
	output: records,
};
