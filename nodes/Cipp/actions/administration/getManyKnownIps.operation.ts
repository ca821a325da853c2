import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyKnownIps: CippOperation = {
	resource: 'administration',
	value: 'getManyKnownIps',
	name: 'Get Many Known IPs',
	action: "Get many entries of CIPP's known IP database",
	description:
		'List the IP addresses CIPP has already looked up for its sign-in and audit-log alerts, one item per address with the location CIPP stored for it',
	...reads('ListKnownIPDb', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: records,
};
