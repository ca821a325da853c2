import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyQueue: CippOperation = {
	resource: 'administration',
	value: 'getManyQueue',
	name: 'Get Many Queued Jobs',
	action: "Get many of CIPP's background jobs",
	description:
		"List CIPP's background jobs of the last 3 hours (bulk actions, standards, reports), newest first, one item per job with its status and completed, failed and running tasks",
	...reads('ListCippQueue', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: records,
};
