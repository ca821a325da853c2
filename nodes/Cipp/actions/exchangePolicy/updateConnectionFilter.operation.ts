import { deployOperation } from '../shared/exchangePolicy';

export const updateConnectionFilter = deployOperation({
	resource: 'exchangePolicy',
	value: 'updateConnectionFilter',
	name: 'Update Connection Filter',
	action: 'Update a connection filter policy from JSON',
	description:
		'Set the settings of a connection filter policy (usually "Default") from JSON, e.g. a connection filter template\'s; lists given replace the policy\'s lists',
	endpoint: 'AddConnectionFilter',
	role: 'Exchange.ConnectionFilter.ReadWrite',
	settings:
		'Set-HostedConnectionFilterPolicy parameters as JSON, with the policy\'s "name", e.g. {"name": "Default", "IPBlockList": ["198.51.100.7"]}',
	refusals: [],
	requiredKeys: ['name'],
});
