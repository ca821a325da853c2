import { deployOperation } from '../shared/exchangePolicy';

export const createConnector = deployOperation({
	resource: 'transportRule',
	value: 'createConnector',
	name: 'Create Connector',
	action: 'Create an Exchange connector from JSON',
	description:
		'Create an inbound or outbound Exchange connector from its settings as JSON (e.g. a connector template\'s). A connector without "comment" gets the comment "no comment".',
	endpoint: 'AddExConnector',
	role: 'Exchange.Connector.ReadWrite',
	settings:
		'New-InboundConnector or New-OutboundConnector parameters as JSON, with "name" and "cippConnectorType" (Inbound or Outbound), e.g. the JSON of a connector template',
	refusals: [/^Could not create Connector for/],
	requiredKeys: ['name', 'cippConnectorType'],
});
