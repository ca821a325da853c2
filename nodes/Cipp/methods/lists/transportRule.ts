import type { RecordList } from '../recordLists';

/** Pickers' record lists for the transportRule resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchTransportRules: { endpoint: 'ListTransportRules', scope: 'tenant', value: 'Guid', label: 'Name', detail: 'State' },
	searchTransportRuleTemplates: {
		endpoint: 'ListTransportRulesTemplates',
		scope: 'cipp',
		value: 'GUID',
		label: 'name',
		query: { noJson: 'true' },
	},
	searchConnectors: { endpoint: 'ListExchangeConnectors', scope: 'tenant', value: 'Guid', label: 'Name', detail: 'cippconnectortype' },
	searchConnectorTemplates: {
		endpoint: 'ListExConnectorTemplates',
		scope: 'cipp',
		value: 'GUID',
		label: 'name',
		detail: 'cippconnectortype',
	},
};
