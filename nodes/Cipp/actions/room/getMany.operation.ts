import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'room',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many room mailboxes',
	description: 'List the room mailboxes of a tenant, one item per room with its address, capacity, building and equipment',
	...reads('ListRooms', 'Exchange.Room.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
