import { deployOperation } from '../shared/exchangePolicy';

export const deploy = deployOperation({
	resource: 'transportRule',
	value: 'deploy',
	name: 'Deploy',
	action: 'Deploy a transport rule from JSON',
	description:
		"Create a transport rule from New-TransportRule settings as JSON (e.g. a template's), or update the tenant's rule of the same name",
	endpoint: 'AddTransportRule',
	role: 'Exchange.TransportRule.ReadWrite',
	settings: 'New-TransportRule parameters as JSON, with the rule\'s "name" (e.g. the JSON of a transport rule template)',
	refusals: [/^Could not create transport rule for/],
	requiredKeys: ['name'],
});
