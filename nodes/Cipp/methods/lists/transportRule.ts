import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the transportRule resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchTransportRules: tenantList('ListTransportRules', 'Guid', 'Name', 'State'),
	searchTransportRuleTemplates: { ...templateList('ListTransportRulesTemplates', 'name'), query: { noJson: 'true' } },
	searchConnectors: tenantList('ListExchangeConnectors', 'Guid', 'Name', 'cippconnectortype'),
	searchConnectorTemplates: templateList('ListExConnectorTemplates', 'name', 'cippconnectortype'),
};
