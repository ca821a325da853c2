import type { RecordList } from '../recordLists';

/** Pickers' record lists for the room resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchRooms: { endpoint: 'ListRooms', scope: 'tenant', value: 'mail', label: 'displayName' },
	searchEquipment: { endpoint: 'ListEquipment', scope: 'tenant', value: 'PrimarySmtpAddress', label: 'DisplayName' },
	searchRoomLists: { endpoint: 'ListRoomLists', scope: 'tenant', value: 'PrimarySmtpAddress', label: 'DisplayName' },
};
