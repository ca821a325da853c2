import type { RecordList } from '../recordLists';

/** Pickers' record lists for the intune resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchIntuneApps: { endpoint: 'ListApps', scope: 'tenant', value: 'id', label: 'displayName', detail: 'publisher' },
	searchIntuneDetectedApps: { endpoint: 'ListDetectedApps', scope: 'tenant', value: 'id', label: 'displayName', detail: 'version' },
};
