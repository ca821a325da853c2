import { reads } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { singleRecord } from '../common/readers';
import { commaList } from '../common/validators';
import type { CippOperation } from '../types';

export const getCippQueues: CippOperation = {
	resource: 'administration',
	value: 'getCippQueues',
	name: 'Get Queues Progress',
	action: "Get the combined progress of several of CIPP's background jobs",
	description:
		'Read several background jobs (queue IDs from Get Many Queued Jobs) as one item: each job, the IDs CIPP did not find, and a summary with the overall status and percent complete',
	...reads('ListCippQueues', 'CIPP.Core.Read'),
	parameters: [
		requiredText(
			{
				displayName: 'Queue IDs',
				name: 'queueIds',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a, 7d6f5e4c-3b2a-4c3b-9a8e-2b5c9a7e1f0d',
				description: 'The background jobs to read, separated by commas',
			},
			{ name: 'QueueIds', in: 'query', validate: commaList },
		),
	],
	output: singleRecord(() => 'The queues progress'),
};
