import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import { resourceParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const get: CippOperation = {
	resource: 'room',
	value: 'get',
	name: 'Get',
	action: 'Get a room mailbox',
	description: 'Get one room mailbox with its place details, booking settings, working hours and default calendar permission',
	...reads('ListRooms', 'Exchange.Room.Read'),
	parameters: [tenantParameter('query'), resourceParameter('room', { name: 'roomId', in: 'query' })],
	output: singleRecord(({ values }) => `Room ${String(values.roomId)}`),
};
