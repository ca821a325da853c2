import { choiceField, inQuery } from '../common/fields';
import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { isRecord, resultRecords } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/**
 * Authentication Settings: when CIPP cannot read the Function App it still answers HTTP 200, with
 * its error sentence in `Enabled` (a boolean otherwise) and the exception in `Error`.
 */
function apiClientRecords(response: unknown, context: OutputContext): IDataObject[] {
	const results = isRecord(response) ? response.Results : undefined;
	if (isRecord(results) && (results.Error !== undefined || typeof results.Enabled === 'string')) {
		context.fail(typeof results.Enabled === 'string' ? results.Enabled : 'CIPP could not read the authentication settings.');
	}
	return resultRecords(response, context);
}

export const getApiClients: CippOperation = {
	resource: 'administration',
	value: 'getApiClients',
	name: 'Get API Clients',
	action: 'Get the CIPP API clients',
	description:
		"List CIPP's API clients (with role, IP range and whether they are enabled), the Entra app registrations that could become one, or the Function App's authentication settings",
	...reads('ExecApiClient', 'CIPP.Extension.ReadWrite'),
	list: true,
	parameters: [
		choiceField('Show', 'show', 'What to read', inQuery('Action'), 'List', [
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
		]),
	],
	output: apiClientRecords,
};
