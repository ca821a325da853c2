import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

const read = actionResult();

export const refreshTest: CippOperation = {
	resource: 'tenantTest',
	value: 'refreshTest',
	name: 'Refresh Test',
	action: 'Run one test again for a tenant',
	description: "Run one of CIPP's tests again for a tenant at once, on the last collected data; the item carries the new result",
	...writes('ExecTestRefresh', 'Tenant.Tests.ReadWrite'),
	parameters: [
		standardsTenant('body'),
		requiredText(
			{
				displayName: 'Test ID',
				name: 'testName',
				placeholder: 'e.g. ZTNA21772',
				description: 'The test, by its ID (RowKey in Get Many Results, id in Get Many Available Tests)',
			},
			{ name: 'testName', in: 'body' },
		),
	],
	output: (response, context) => {
		const result = isRecord(response) && isRecord(response.Metadata) ? response.Metadata : null;
		return read(response, context).map((item) => ({ ...item, result }));
	},
};
