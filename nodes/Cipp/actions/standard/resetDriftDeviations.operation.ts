import { writes } from '../common/endpoints';
import { driftResult, standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const resetDriftDeviations: CippOperation = {
	resource: 'standard',
	value: 'resetDriftDeviations',
	name: 'Reset Drift Decisions',
	action: 'Remove every drift decision of a tenant',
	description: 'Remove every accept, deny and customer-specific decision on the drift of one tenant, so each deviation shows as New again',
	...writes('ExecUpdateDriftDeviation', 'Tenant.Standards.ReadWrite'),
	parameters: [standardsTenant('body', 'TenantFilter')],
	constants: { body: { RemoveDriftCustomization: true } },
	output: driftResult,
};
