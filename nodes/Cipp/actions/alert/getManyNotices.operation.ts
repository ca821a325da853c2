import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyNotices: CippOperation = {
	resource: 'alert',
	value: 'getManyNotices',
	name: 'Get Many Notices',
	action: "Get many of CIPP's own notices",
	description:
		"List the notices CIPP's dashboard shows: today's last 10 alert entries, maintenance notices and warnings about the CIPP instance (out of date, permissions to apply)",
	...reads('GetCippAlerts', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: records,
};
