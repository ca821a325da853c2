import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { baselineParameter } from '../shared/standard';
import type { CippOperation } from '../types';

export const deleteBaseline: CippOperation = {
	resource: 'standard',
	value: 'deleteBaseline',
	name: 'Delete Baseline',
	action: 'Delete a baseline',
	description:
		'Delete a baseline with its rollout stages, tenant overrides and alignment results; tenants keep the settings already applied',
	...writes('RemoveBaseline', 'Tenant.Standards.ReadWrite'),
	parameters: [baselineParameter({ name: 'ID', in: 'body' }, 'The baseline to delete, from the list or by its GUID')],
	output: actionResult(),
};
