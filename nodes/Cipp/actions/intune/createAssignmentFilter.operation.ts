import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { assignmentFilterFields, tenantList, tenantsParameter } from '../shared/intune';
import type { CippOperation } from '../types';

const tenants = tenantsParameter(
	'The customer tenants to create the filter in, by default domain or tenant ID, separated by commas',
	{ name: 'tenantFilter', in: 'body', encoding: 'labelValueList' },
	tenantList,
);

export const createAssignmentFilter: CippOperation = {
	resource: 'intune',
	value: 'createAssignmentFilter',
	name: 'Create Assignment Filter',
	action: 'Create an Intune assignment filter',
	description:
		'Create an Intune assignment filter in one or more customer tenants. CIPP does not look for an existing filter of the same name: running it twice creates two.',
	...writes('AddAssignmentFilter', 'Endpoint.MEM.ReadWrite'),
	parameters: [tenants, ...assignmentFilterFields],
	output: actionResult(),
};
