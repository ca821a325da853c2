import { writes } from '../common/endpoints';
import { additionalFields, numberField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { aliasParameter, displayNameParameter, primaryAddressParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const create: CippOperation = {
	resource: 'room',
	value: 'create',
	name: 'Create',
	action: 'Create a room mailbox',
	description:
		"Create a room mailbox and block its sign-in. If blocking sign-in fails, the room exists but the item fails with CIPP's words.",
	...writes('AddRoomMailbox', 'Exchange.Room.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'tenantid' }),
		displayNameParameter(),
		aliasParameter,
		primaryAddressParameter,
		additionalFields([
			numberField(
				{ displayName: 'Capacity', name: 'capacity', default: 10, description: 'How many people the room seats' },
				{ name: 'ResourceCapacity', in: 'body' },
			),
		]),
	],
	output: actionResult(),
};
