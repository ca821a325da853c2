import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the conditionalAccess resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	conditionalAccessSearchPolicies: tenantList('ListConditionalAccessPolicies', 'id', 'displayName', 'state'),
	conditionalAccessSearchTemplates: templateList('ListCAtemplates', 'displayName'),
};
