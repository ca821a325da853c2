import { tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the domain resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	domainSearchDomains: tenantList('ListDomains', 'id', 'id'),
};
