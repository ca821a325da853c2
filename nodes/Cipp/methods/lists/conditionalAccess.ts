import type { RecordList } from '../recordLists';

/** Pickers' record lists for the conditionalAccess resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	conditionalAccessSearchPolicies: {
		endpoint: 'ListConditionalAccessPolicies',
		scope: 'tenant',
		value: 'id',
		label: 'displayName',
		detail: 'state',
	},
	conditionalAccessSearchTemplates: { endpoint: 'ListCAtemplates', scope: 'cipp', value: 'GUID', label: 'displayName' },
};
