import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import { resourceParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const getRoomList: CippOperation = {
	resource: 'room',
	value: 'getRoomList',
	name: 'Get Room List',
	action: 'Get a room list with its rooms',
	description: 'Get one room list with its settings (groupInfo), its rooms (members), its owners and whether outside senders may mail it',
	...reads('ListRoomLists', 'Exchange.Room.Read'),
	parameters: [tenantParameter('query'), resourceParameter('roomList', { name: 'groupID', in: 'query' })],
	constants: { query: { members: 'true', owners: 'true' } },
	output: singleRecord(({ values }) => `Room list ${String(values.roomListId)}`),
};
