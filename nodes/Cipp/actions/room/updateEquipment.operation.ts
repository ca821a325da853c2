import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { bookingFields, displayNameParameter, equipmentUserFields, hiddenField, resourceParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const updateEquipment: CippOperation = {
	resource: 'room',
	value: 'updateEquipment',
	name: 'Update Equipment',
	action: 'Update an equipment mailbox',
	description:
		'Rename an equipment mailbox, hide it from the address list, or change its location, booking rules or working hours. CIPP sets the display name on every call, so give the current one to keep it.',
	...writes('EditEquipmentMailbox', 'Exchange.Equipment.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'tenantID' }),
		resourceParameter('equipment', { name: 'equipmentId', in: 'body' }),
		displayNameParameter('The name shown in the address list; CIPP always sets it'),
		additionalFields([hiddenField, ...equipmentUserFields, ...bookingFields]),
	],
	output: actionResult(),
};
