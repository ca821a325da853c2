import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getDirectorySyncStatus: CippOperation = {
	resource: 'tenant',
	value: 'getDirectorySyncStatus',
	name: 'Get Directory Sync Status',
	action: 'Get the Entra Connect sync status',
	description:
		"Get a tenant's Entra Connect (Azure AD Connect) state: whether directory sync is on, the last sync time, and the users, groups and contacts with provisioning errors",
	endpoint: 'ListAzureADConnectStatus',
	method: 'GET',
	access: 'read',
	role: 'Tenant.Directory.Read',
	parameters: [
		tenantParameter('query'),
		{
			property: {
				displayName: 'Data to Return',
				name: 'dataToReturn',
				type: 'options',
				default: '',
				options: [
					{ name: 'Both', value: '' },
					{ name: 'Objects in Error', value: 'AzureADObjectsInError' },
					{ name: 'Sync Settings', value: 'AzureADConnectSettings' },
				],
				description: 'Which part to return: the sync settings (one item), the objects in error (one item each), or both (one item)',
			},
			send: { name: 'DataToReturn', in: 'query' },
			optional: true,
		},
	],
	output: records,
};
