import type { RecordList } from '../recordLists';

/** Pickers' record lists for the exchangePolicy resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchSpamFilters: { endpoint: 'ListSpamfilter', scope: 'tenant', value: 'Name', label: 'Name', detail: 'ruleState' },
	searchQuarantinePolicies: { endpoint: 'ListQuarantinePolicy', scope: 'tenant', value: 'Name', label: 'Name' },
	searchSafeLinksPolicies: {
		endpoint: 'ListSafeLinksPolicy',
		scope: 'tenant',
		value: 'PolicyName',
		label: 'PolicyName',
		detail: 'RuleName',
	},
	searchSpamFilterTemplates: { endpoint: 'ListSpamFilterTemplates', scope: 'cipp', value: 'GUID', label: 'name' },
	searchConnectionFilterTemplates: { endpoint: 'ListConnectionFilterTemplates', scope: 'cipp', value: 'GUID', label: 'name' },
	searchAllowBlockTemplates: { endpoint: 'ListTenantAllowBlockListTemplates', scope: 'cipp', value: 'GUID', label: 'templateName' },
	searchSafeLinksTemplates: { endpoint: 'ListSafeLinksPolicyTemplates', scope: 'cipp', value: 'GUID', label: 'TemplateName' },
};
