import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import { resourceParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const getEquipment: CippOperation = {
	resource: 'room',
	value: 'getEquipment',
	name: 'Get Equipment',
	action: 'Get an equipment mailbox',
	description: 'Get one equipment mailbox with its location, booking settings and working hours',
	...reads('ListEquipment', 'Exchange.Equipment.Read'),
	parameters: [tenantParameter('query'), resourceParameter('equipment', { name: 'EquipmentId', in: 'query' })],
	output: singleRecord(({ values }) => `Equipment ${String(values.equipmentId)}`),
};
