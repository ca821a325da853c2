import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

/** AllTenants is built in the background: until the cache is filled CIPP answers no rows and a queue. */
function reportOutput(response: unknown): IDataObject[] {
	const metadata = ((response as IDataObject | undefined)?.Metadata ?? {}) as IDataObject;
	const rows = records(response);
	if (rows.length > 0 || metadata.Queued !== true) return rows;
	return [
		{
			status: 'queued',
			message: metadata.QueueMessage,
			queueId: metadata.QueueId,
			followUp:
				"Run Get Report again, without a Queue ID, once CIPP's job has finished (its Queue page shows the progress): CIPP then answers from the report it cached in the last hour.",
		},
	];
}

export const getReport: CippOperation = {
	resource: 'license',
	value: 'getReport',
	name: 'Get Report',
	action: 'Get a licence report',
	description:
		"Report the licences of a customer tenant or of all tenants, one item per tenant and SKU with counts, terms and renewal dates. For AllTenants the report is built in the background: the first call returns one queued item; run it again, without a Queue ID, once CIPP's job has finished.",
	...reads('ListLicensesReport', 'Tenant.Directory.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		{
			property: {
				displayName: 'Queue ID',
				name: 'queueId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1d6f0c8a-4b2e-4f7a-9c3d-5e8b1a2f6c4d',
				description:
					"For AllTenants: a queueId a previous call returned. Leave it empty: CIPP's cached report rows carry no Queue ID, so a call with one finds none and starts another load.",
			},
			send: { name: 'QueueId', in: 'query' },
			optional: true,
			validate: validate.guid,
		},
	],
	output: reportOutput,
};
