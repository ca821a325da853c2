import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the exchangePolicy resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchSpamFilters: tenantList('ListSpamfilter', 'Name', 'Name', 'ruleState'),
	searchQuarantinePolicies: tenantList('ListQuarantinePolicy', 'Name', 'Name'),
	searchSafeLinksPolicies: tenantList('ListSafeLinksPolicy', 'PolicyName', 'PolicyName', 'RuleName'),
	searchSpamFilterTemplates: templateList('ListSpamFilterTemplates', 'name'),
	searchConnectionFilterTemplates: templateList('ListConnectionFilterTemplates', 'name'),
	searchAllowBlockTemplates: templateList('ListTenantAllowBlockListTemplates', 'templateName'),
	searchSafeLinksTemplates: templateList('ListSafeLinksPolicyTemplates', 'TemplateName'),
};
