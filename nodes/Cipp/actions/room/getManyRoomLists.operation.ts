import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyRoomLists: CippOperation = {
	resource: 'room',
	value: 'getManyRoomLists',
	name: 'Get Many Room Lists',
	action: 'Get many room lists',
	description: 'List the room lists of a tenant (the groups of rooms Outlook offers in its room finder), one item per list',
	...reads('ListRoomLists', 'Exchange.Room.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: resultRecords,
};
