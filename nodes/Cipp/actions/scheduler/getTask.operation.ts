import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import { taskParameter } from '../shared/scheduler';
import type { CippOperation } from '../types';

export const getTask: CippOperation = {
	resource: 'scheduler',
	value: 'getTask',
	name: 'Get Task',
	action: 'Get a scheduled task with its results',
	description:
		'Get one scheduled task (Task: command, parameters, state, schedule, post-execution) and its results per tenant (Details), hidden tasks included',
	...reads('ListScheduledItemDetails', 'CIPP.Scheduler.Read'),
	parameters: [taskParameter({ name: 'RowKey', in: 'query' })],
	output: parsedRecords,
};
