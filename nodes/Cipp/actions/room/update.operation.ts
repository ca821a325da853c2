import { writes } from '../common/endpoints';
import { additionalFields, choiceField, numberField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { PERMISSION_LEVELS } from '../shared/calendarPermission';
import { bookingFields, displayNameParameter, hiddenField, resourceParameter, roomBookingFields, roomPlaceFields } from '../shared/room';
import type { CippOperation } from '../types';

export const update: CippOperation = {
	resource: 'room',
	value: 'update',
	name: 'Update',
	action: 'Update a room mailbox',
	description:
		'Rename a room mailbox and change its capacity, visibility, place details, booking rules, working hours or default calendar permission. CIPP sets the display name on every call, so give the current one to keep it.',
	...writes('EditRoomMailbox', 'Exchange.Room.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'tenantID' }),
		resourceParameter('room', { name: 'roomId', in: 'body' }),
		displayNameParameter('The name shown in the address list; CIPP always sets it'),
		additionalFields([
			numberField(
				{ displayName: 'Capacity', name: 'capacity', default: 10, description: 'How many people the room seats' },
				{ name: 'capacity', in: 'body' },
			),
			choiceField(
				'Default Calendar Permission',
				'defaultCalendarPermission',
				"What everyone in the organisation sees of the room's calendar",
				{ name: 'DefaultCalendarPermission', in: 'body', encoding: 'labelValue' },
				'AvailabilityOnly',
				PERMISSION_LEVELS,
			),
			hiddenField,
			...roomPlaceFields,
			...bookingFields,
			...roomBookingFields,
		]),
	],
	output: actionResult(),
};
