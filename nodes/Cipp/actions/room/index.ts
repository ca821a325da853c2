import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { create } from './create.operation';
import { createEquipment } from './createEquipment.operation';
import { createRoomList } from './createRoomList.operation';
import { get } from './get.operation';
import { getEquipment } from './getEquipment.operation';
import { getMany } from './getMany.operation';
import { getManyEquipment } from './getManyEquipment.operation';
import { getManyRoomLists } from './getManyRoomLists.operation';
import { getRoomList } from './getRoomList.operation';
import { update } from './update.operation';
import { updateEquipment } from './updateEquipment.operation';
import { updateRoomList } from './updateRoomList.operation';

export const resource = { name: 'Room & Equipment', value: 'room' };

export const operations: CippOperation[] = [
	getMany,
	get,
	create,
	update,
	getManyEquipment,
	getEquipment,
	createEquipment,
	updateEquipment,
	getManyRoomLists,
	getRoomList,
	createRoomList,
	updateRoomList,
];

export const operationSelector = selectorFor('room', operations);
