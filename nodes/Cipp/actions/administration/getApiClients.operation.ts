import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getApiClients: CippOperation = {
	resource: 'administration',
	value: 'getApiClients',
	name: 'Get API Clients',
	action: 'Get the CIPP API clients',
	description:
		"List CIPP's API clients (with role, IP range and whether they are enabled), the Entra app registrations that could become one, or the Function App's authentication settings",
	endpoint: 'ExecApiClient',
	method: 'GET',
	access: 'read',
	role: 'CIPP.Extension.ReadWrite',
	list: true,
	parameters: [
		{
			property: {
				displayName: 'Show',
				name: 'show',
				type: 'options',
				default: 'List',
				options: [
					{ name: 'API Clients', value: 'List', description: 'The API clients CIPP knows' },
					{
						name: 'Authentication Settings',
						value: 'GetAzureConfiguration',
						description: 'API URL, tenant ID and the client IDs the Function App accepts',
					},
					{
						name: 'Available App Registrations',
						value: 'ListAvailable',
						description: 'Entra app registrations that can be added as API clients',
					},
				],
				description: 'What to read',
			},
			send: { name: 'Action', in: 'query' },
		},
	],
	output: resultRecords,
};
