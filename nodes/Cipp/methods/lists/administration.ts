import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the administration resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchTenantGroups: cippList('ListTenantGroups', 'Id', 'Name', 'GroupType'),
	searchCommunityRepos: cippList('ListCommunityRepos', 'FullName', 'FullName'),
};
