import { writes } from '../common/endpoints';
import { additionalFields, flag, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { resourceParameter } from '../shared/room';
import type { CippOperation } from '../types';

const rooms = (displayName: string, name: string, description: string) => ({
	displayName,
	name,
	placeholder: 'e.g. boardroom@contoso.com, lab@contoso.com',
	description,
});

export const updateRoomList: CippOperation = {
	resource: 'room',
	value: 'updateRoomList',
	name: 'Update Room List',
	action: 'Update a room list',
	description:
		'Add rooms to a room list or remove them, rename it, or allow mail from outside. CIPP answers HTTP 200 for every step; a step that failed fails the item.',
	...writes('EditRoomList', 'Exchange.Room.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		resourceParameter('roomList', { name: 'groupId', in: 'body' }),
		additionalFields([
			textField(rooms('Add Rooms', 'addMember', 'Room mailboxes to add, by address, separated by commas'), {
				name: 'AddMember',
				in: 'body',
				encoding: 'labelValueList',
			}),
			textField(rooms('Remove Rooms', 'removeMember', 'Room mailboxes to remove, by address, separated by commas'), {
				name: 'RemoveMember',
				in: 'body',
				encoding: 'stringList',
			}),
			textField({ displayName: 'Display Name', name: 'displayName', placeholder: 'e.g. Building 1' }, { name: 'displayName', in: 'body' }),
			textField(
				{ displayName: 'Description', name: 'description', placeholder: 'e.g. Rooms on the ground floor' },
				{ name: 'description', in: 'body' },
				validate.longText,
			),
			textField({ displayName: 'Alias', name: 'mailNickname', placeholder: 'e.g. building1' }, { name: 'mailNickname', in: 'body' }),
			flag('Allow External Senders', 'allowExternal', 'Whether people outside the organisation may mail the room list', 'allowExternal'),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		validate.requireSomeChange(context, ['tenantFilter', 'groupId'], 'with an empty result');
		return updateRoomList.output(await context.call(context.request, updateRoomList.role), context);
	},
};
