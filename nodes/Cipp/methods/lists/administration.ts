import type { RecordList } from '../recordLists';

/** Pickers' record lists for the administration resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchTenantGroups: { endpoint: 'ListTenantGroups', scope: 'cipp', value: 'Id', label: 'Name', detail: 'GroupType' },
	searchCommunityRepos: { endpoint: 'ListCommunityRepos', scope: 'cipp', value: 'FullName', label: 'FullName' },
};
