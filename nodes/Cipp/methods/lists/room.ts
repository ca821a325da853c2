import { tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the room resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchRooms: tenantList('ListRooms', 'mail', 'displayName'),
	searchEquipment: tenantList('ListEquipment', 'PrimarySmtpAddress', 'DisplayName'),
	searchRoomLists: tenantList('ListRoomLists', 'PrimarySmtpAddress', 'DisplayName'),
};
