/** Invoke-ListRooms, -ListEquipment, -ListRoomLists: what the room writes change. */
import { beyondSpec } from '../../../../contract/beyondSpec';
import { stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exoAnswer, exoTenant } from '../contact/exchange';
import type { ResourceMailbox } from './data';
import { findResource, findRoomList, tenantResources } from './data';

const byName = (a: { displayName: unknown }, b: { displayName: unknown }) => psString(a.displayName).localeCompare(psString(b.displayName));

function roomRow(room: ResourceMailbox) {
	return {
		id: room.ExternalDirectoryObjectId,
		displayName: room.DisplayName,
		mail: room.PrimarySmtpAddress,
		mailNickname: room.Alias,
		accountDisabled: room.AccountDisabled,
		hiddenFromAddressListsEnabled: room.HiddenFromAddressListsEnabled,
		isDirSynced: null,
		bookingType: 'Standard',
		capacity: room.ResourceCapacity ?? 0,
		building: room.Building,
		city: room.City,
		tags: room.Settings.Tags ?? [],
	};
}

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
/** Reads settings by Exchange's names, answered under `key(name)`; null where nothing was set. */
const settings = (room: ResourceMailbox, key: (name: string) => string, ...names: string[]) =>
	Object.fromEntries(names.map((name) => [key(name), room.Settings[name] ?? null]));

const PLACE = [
	'Floor',
	'FloorLabel',
	'Street',
	'State',
	'PostalCode',
	'CountryOrRegion',
	'AudioDeviceName',
	'VideoDeviceName',
	'DisplayDeviceName',
	'IsWheelChairAccessible',
	'Phone',
];
const USER = ['Department', 'Company', 'Phone', 'StreetAddress', 'City', 'StateOrProvince', 'CountryOrRegion', 'PostalCode'];
/** The booking and working-hours settings: what each Edit endpoint sets beyond its place (room) or user (equipment) fields. */
const CALENDAR = Object.keys(beyondSpec.EditEquipmentMailbox.body ?? {}).filter((name) => !USER.includes(name));
const ROOM_CALENDAR = Object.keys(beyondSpec.EditRoomMailbox.body ?? {}).filter(
	(name) => !PLACE.includes(name) && !['Building', 'City', 'Tags'].includes(name),
);

/** Invoke-ListRooms: all rooms, or one with its calendar settings (an empty list when a part is missing). */
const ListRooms: Endpoint = {
	name: 'ListRooms',
	role: 'Exchange.Room.Read',
	handle(ctx) {
		return exoAnswer(
			() => {
				const { mailboxes } = tenantResources(ctx.state, exoTenant(ctx.state, ctx.fromQuery('tenantFilter')));
				const roomId = ctx.fromQuery('roomId');
				if (roomId) {
					// Bulk Get-Mailbox/Get-Place/Get-CalendarProcessing: a missing room leaves the parts empty, and CIPP answers [].
					const room = mailboxes.find(
						(entry) =>
							entry.RecipientTypeDetails === 'RoomMailbox' &&
							[entry.PrimarySmtpAddress, entry.ExternalDirectoryObjectId, entry.Alias].some(
								(name) => name.toLowerCase() === roomId.toLowerCase(),
							),
					);
					if (!room) return { status: 200, body: [] };
					const detail = {
						...roomRow(room),
						...settings(room, lower, ...PLACE),
						...settings(room, (name) => name, ...ROOM_CALENDAR),
					};
					return { status: 200, body: [{ ...detail, DefaultCalendarPermission: room.DefaultCalendarPermission }] };
				}
				const rooms = mailboxes.filter((entry) => entry.RecipientTypeDetails === 'RoomMailbox').map(roomRow);
				return { status: 200, body: rooms.sort(byName) };
			},
			(message) => ({ status: 403, body: message }),
		);
	},
};

/** Invoke-ListEquipment: Get-Mailbox rows, or one mailbox with Get-User and calendar details. */
const ListEquipment: Endpoint = {
	name: 'ListEquipment',
	role: 'Exchange.Equipment.Read',
	handle(ctx) {
		return exoAnswer(
			() => {
				const { mailboxes } = tenantResources(ctx.state, exoTenant(ctx.state, ctx.fromQuery('TenantFilter')));
				const id = ctx.fromQuery('EquipmentId');
				if (id) {
					const equipment = findResource(mailboxes, id, 'EquipmentMailbox');
					return {
						status: 200,
						body: [
							{
								displayName: equipment.DisplayName,
								hiddenFromAddressListsEnabled: equipment.HiddenFromAddressListsEnabled,
								userPrincipalName: equipment.UserPrincipalName,
								primarySmtpAddress: equipment.PrimarySmtpAddress,
								city: equipment.City,
								// Get-User's fields; CIPP reads .Street and .State, which Get-User does not have (it says StreetAddress, StateOrProvince).
								...settings(equipment, lower, 'Department', 'Company', 'PostalCode', 'CountryOrRegion', 'Phone'),
								street: null,
								state: null,
								...settings(equipment, lower, ...CALENDAR),
							},
						],
					};
				}
				const rows = mailboxes
					.filter((entry) => entry.RecipientTypeDetails === 'EquipmentMailbox')
					.map((row) => ({
						Name: row.Alias,
						Alias: row.Alias,
						DisplayName: row.DisplayName,
						PrimarySmtpAddress: row.PrimarySmtpAddress,
						UserPrincipalName: row.UserPrincipalName,
						ExternalDirectoryObjectId: row.ExternalDirectoryObjectId,
						Guid: stableGuid(`exchange/${row.ExternalDirectoryObjectId}`),
						RecipientTypeDetails: row.RecipientTypeDetails,
						HiddenFromAddressListsEnabled: row.HiddenFromAddressListsEnabled,
						AccountDisabled: row.AccountDisabled,
					}));
				// Sort-Object displayName on Get-Mailbox rows (PowerShell matches the property case-insensitively).
				return { status: 200, body: rows.sort((a, b) => a.DisplayName.localeCompare(b.DisplayName)) };
			},
			(message) => ({ status: 403, body: message }),
		);
	},
};

/** Invoke-ListRoomLists: {Results: [...]} for all, or one list's groupInfo, members and owners. */
const ListRoomLists: Endpoint = {
	name: 'ListRoomLists',
	role: 'Exchange.Room.Read',
	handle(ctx) {
		return exoAnswer(
			() => {
				const { lists, mailboxes } = tenantResources(ctx.state, exoTenant(ctx.state, ctx.fromQuery('tenantFilter')));
				const groupId = ctx.fromQuery('groupID');
				if (groupId) {
					const list = findRoomList(lists, groupId);
					const { Members: members, ...groupInfo } = list;
					const rooms = mailboxes.filter((room) => members.includes(room.PrimarySmtpAddress));
					return {
						status: 200,
						body: {
							groupInfo: { ...groupInfo, primDomain: list.PrimarySmtpAddress.split('@').pop() },
							members:
								ctx.fromQuery('members') === 'true'
									? rooms.map((room) => ({
											id: room.ExternalDirectoryObjectId,
											displayName: room.DisplayName,
											mail: room.PrimarySmtpAddress,
											mailNickname: room.Alias,
											userPrincipalName: room.PrimarySmtpAddress,
										}))
									: {},
							owners: ctx.fromQuery('owners') === 'true' && list.ManagedBy.length > 0 ? [] : {},
							allowExternal: !list.RequireSenderAuthenticationEnabled,
						},
					};
				}
				const rows = lists.map((row) => ({
					Guid: row.Guid,
					DisplayName: row.DisplayName,
					PrimarySmtpAddress: row.PrimarySmtpAddress,
					Alias: row.Alias,
					Phone: '',
					Identity: row.Alias,
					Notes: '',
					Description: row.Description,
					Id: row.Alias,
				}));
				return { status: 200, body: { Results: rows.sort((a, b) => a.DisplayName.localeCompare(b.DisplayName)) } };
			},
			(message) => ({ status: 500, body: message }),
		);
	},
};

export const endpoints: Endpoint[] = [ListRooms, ListEquipment, ListRoomLists];
