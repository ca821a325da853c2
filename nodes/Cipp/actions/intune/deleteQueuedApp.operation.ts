import * as validate from '../../helpers/validation';
import { actionResult } from '../common/outputs';
import type { CippOperation } from '../types';
import { requiredText } from './fields';

export const deleteQueuedApp: CippOperation = {
	resource: 'intune',
	value: 'deleteQueuedApp',
	name: 'Delete Queued App',
	action: "Remove an app from CIPP's deployment queue",
	description: "Remove one tenant's app from CIPP's app queue before it is deployed",
	endpoint: 'RemoveQueuedApp',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.Application.ReadWrite',
	parameters: [
		requiredText(
			{ displayName: 'Queue ID', name: 'queueId', placeholder: 'e.g. 0d4b2f6a-8c1e-4d3a-b5f7-2e9c6a1d4b8f', description: 'The id from Intune → Get Many Queued Apps' },
			{ name: 'ID', in: 'body' },
			validate.guid,
		),
	],
	output: actionResult(),
};
