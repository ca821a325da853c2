import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { baselineParameter, standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const advanceBaselineStage: CippOperation = {
	resource: 'standard',
	value: 'advanceBaselineStage',
	name: 'Advance Baseline Stage',
	action: 'Move a tenant to the next stage of a baseline',
	description: "Move a tenant to the next stage of a baseline's rollout; the stage's standards apply on the next run",
	...writes('ExecBaselineStage', 'Tenant.Standards.ReadWrite'),
	parameters: [baselineParameter({ name: 'templateId', in: 'body' }), standardsTenant('body')],
	output: actionResult(),
};
