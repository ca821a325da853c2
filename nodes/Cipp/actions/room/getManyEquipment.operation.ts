import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyEquipment: CippOperation = {
	resource: 'room',
	value: 'getManyEquipment',
	name: 'Get Many Equipment',
	action: 'Get many equipment mailboxes',
	description: 'List the equipment mailboxes (projectors, cars, ...) of a tenant, one item per mailbox as Exchange describes it',
	...reads('ListEquipment', 'Exchange.Equipment.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
