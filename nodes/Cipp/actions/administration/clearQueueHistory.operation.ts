import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const clearQueueHistory: CippOperation = {
	resource: 'administration',
	value: 'clearQueueHistory',
	name: 'Clear Queued Jobs History',
	action: "Clear the history of CIPP's background jobs",
	description: "Clear the whole list of CIPP's background jobs and their tasks (jobs still running carry on, unlisted)",
	...writes('RemoveCippQueue', 'CIPP.Core.ReadWrite'),
	parameters: [],
	output: actionResult(),
};
