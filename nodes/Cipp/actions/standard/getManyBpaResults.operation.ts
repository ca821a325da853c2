import { reads } from '../common/endpoints';
import { isRecord, records } from '../common/readers';
import { tenantParameter } from '../common/pickers';
import { parsedBody } from '../shared/standard';
import type { CippOperation } from '../types';

export const getManyBpaResults: CippOperation = {
	resource: 'standard',
	value: 'getManyBpaResults',
	name: 'Get Many BPA Results',
	action: 'Get Best Practice Analyser results',
	description:
		'List the last Best Practice Analyser results of a report: a table report gives one item per tenant (for every tenant, whatever Tenant Filter says), a tenant report one item for the tenant',
	...reads('ListBPA', 'Tenant.BestPracticeAnalyser.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		{
			property: {
				displayName: 'Report',
				name: 'report',
				type: 'string',
				default: 'CIPP Best Practices v1.5 - Table view',
				description: 'The BPA template by name (Name in Standard → Get Many BPA Templates)',
			},
			send: { name: 'Report', in: 'query' },
		},
	],
	output: (response) => {
		const body = parsedBody(response);
		return records(isRecord(body) ? (body.Data ?? []) : body).filter((row) => Object.keys(row).length > 0);
	},
};
