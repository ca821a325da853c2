import { writes } from '../common/endpoints';
import { requiredGuid } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteQueuedApp: CippOperation = {
	resource: 'intune',
	value: 'deleteQueuedApp',
	name: 'Delete Queued App',
	action: "Remove an app from CIPP's deployment queue",
	description: "Remove one tenant's app from CIPP's app queue before it is deployed",
	...writes('RemoveQueuedApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		requiredGuid('Queue ID', 'queueId', 'The ID from Intune → Get Many Queued Apps', 'ID', 'e.g. 0d4b2f6a-8c1e-4d3a-b5f7-2e9c6a1d4b8f'),
	],
	output: actionResult(),
};
