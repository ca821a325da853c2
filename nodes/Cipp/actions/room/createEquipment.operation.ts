import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { aliasParameter, displayNameParameter, primaryAddressParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const createEquipment: CippOperation = {
	resource: 'room',
	value: 'createEquipment',
	name: 'Create Equipment',
	action: 'Create an equipment mailbox',
	description:
		"Create an equipment mailbox (a projector, a car) and block its sign-in. If blocking sign-in fails, the mailbox exists but the item fails with CIPP's words.",
	...writes('AddEquipmentMailbox', 'Exchange.Equipment.ReadWrite'),
	parameters: [tenantParameter('body', { name: 'tenantID' }), displayNameParameter(), aliasParameter, primaryAddressParameter],
	output: actionResult(),
};
