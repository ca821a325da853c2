import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';
import { choices } from '../common/fields';

const hasErrors = (entry: unknown) => {
	const errors = (entry as IDataObject | null)?.onPremisesProvisioningErrors;
	return Array.isArray(errors) && errors.length > 0;
};

/**
 * CIPP's "objects in error" is every user, contact and group it read, with an empty
 * onPremisesProvisioningErrors for most (Invoke-ListAzureADConnectStatus.ps1:25-49): only the
 * objects that do have provisioning errors are kept, as CIPP's own page shows them.
 */
function syncStatus(response: unknown, context: Parameters<CippOperation['output']>[1]): IDataObject[] {
	const rows = records(response);
	if (context.values.dataToReturn === 'AzureADObjectsInError') return rows.filter(hasErrors);
	return rows.map((row) => (Array.isArray(row.ObjectsInError) ? { ...row, ObjectsInError: row.ObjectsInError.filter(hasErrors) } : row));
}

export const getDirectorySyncStatus: CippOperation = {
	resource: 'tenant',
	value: 'getDirectorySyncStatus',
	name: 'Get Directory Sync Status',
	action: 'Get the Entra Connect sync status',
	description:
		"Get a tenant's Entra Connect (Azure AD Connect) state: whether directory sync is on, the last sync time, and the users, groups and contacts with provisioning errors",
	...reads('ListAzureADConnectStatus', 'Tenant.Directory.Read'),
	parameters: [
		tenantParameter('query'),
		{
			property: {
				displayName: 'Data to Return',
				name: 'dataToReturn',
				type: 'options',
				default: '',
				options: choices({ Both: '', 'Objects in Error': 'AzureADObjectsInError', 'Sync Settings': 'AzureADConnectSettings' }),
				description:
					'Which part to return: the sync settings (one item), the objects in error (one item each), or both (one item). Only objects with provisioning errors are returned, from the first page CIPP reads of users, groups and contacts.',
			},
			send: { name: 'DataToReturn', in: 'query' },
			optional: true,
		},
	],
	output: syncStatus,
};
