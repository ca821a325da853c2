import { booleanField, requiredText } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, SendTo } from '../types';

type Kind = 'room' | 'equipment' | 'roomList';

const KINDS: Record<Kind, { displayName: string; name: string; list: string; what: string; from: string }> = {
	room: { displayName: 'Room', name: 'roomId', list: 'searchRooms', what: 'room mailbox', from: 'Get Many' },
	equipment: {
		displayName: 'Equipment',
		name: 'equipmentId',
		list: 'searchEquipment',
		what: 'equipment mailbox',
		from: 'Get Many Equipment',
	},
	roomList: { displayName: 'Room List', name: 'roomListId', list: 'searchRoomLists', what: 'room list', from: 'Get Many Room Lists' },
};

/** A room mailbox, equipment mailbox or room list of the chosen tenant: Exchange takes its address or ID. */
export function resourceParameter(kind: Kind, send: SendTo): CippParameter {
	const { displayName, name, list, what, from } = KINDS[kind];
	return recordParameter(
		{
			displayName,
			name,
			description: `The ${what}, from the list or by its email address or ID (from Room & Equipment → ${from})`,
			searchListMethod: list,
			placeholder: `Select a ${what}...`,
			typed: 'text',
		},
		send,
	);
}

/** The name shown in the address list: CIPP sets it on every edit, so an edit needs it too. */
export function displayNameParameter(description = 'The name shown in the address list'): CippParameter {
	return requiredText(
		{ displayName: 'Display Name', name: 'displayName', placeholder: 'e.g. Board Room', description },
		{ name: 'displayName', in: 'body' },
	);
}

/** What a new room, equipment mailbox or room list is called: its display name and alias. */
export const aliasParameter: CippParameter = requiredText(
	{ displayName: 'Alias', name: 'username', placeholder: 'e.g. boardroom', description: 'The mail nickname (the part before the @)' },
	{ name: 'username', in: 'body' },
);

/** The primary address of a new room or equipment mailbox. */
export const primaryAddressParameter: CippParameter = requiredText(
	{
		displayName: 'Email Address',
		name: 'userPrincipalName',
		placeholder: 'e.g. boardroom@contoso.com',
		description: 'The primary email address',
	},
	{ name: 'userPrincipalName', in: 'body', validate: validate.userPrincipalName },
);

/** Hide a room or equipment mailbox from the address list, or show it again. */
export const hiddenField: FieldEntry = booleanField(
	{
		displayName: 'Hidden From Address Lists',
		name: 'hiddenFromAddressListsEnabled',
		description: 'Whether the mailbox is hidden from the global address list',
	},
	{ name: 'hiddenFromAddressListsEnabled', in: 'body' },
);
