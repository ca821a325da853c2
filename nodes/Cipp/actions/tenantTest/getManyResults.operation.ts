import { reads } from '../common/endpoints';
import { isRecord, records } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const getManyResults: CippOperation = {
	resource: 'tenantTest',
	value: 'getManyResults',
	name: 'Get Many Results',
	action: "Get a tenant's test results",
	description:
		"List the results of CIPP's last test run for one tenant, one item per test (RowKey is the test ID) with Name, Status (Passed, Failed, Investigate, Skipped, Informational), Risk and TestType; optionally only the tests of one report",
	...reads('ListTests', 'Tenant.Reports.Read'),
	list: true,
	parameters: [
		standardsTenant('query'),
		{
			property: {
				displayName: 'Report ID',
				name: 'reportId',
				type: 'string',
				default: '',
				placeholder: 'e.g. cisa',
				description: 'Only the tests of this report (ID from Tenant Test → Get Many Reports); leave empty for every test',
			},
			send: { name: 'reportId', in: 'query' },
			optional: true,
		},
	],
	output: (response) => records(isRecord(response) ? (response.TestResults ?? []) : response),
};
