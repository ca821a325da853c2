import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { relationshipParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const cancelOnboarding: CippOperation = {
	resource: 'tenant',
	value: 'cancelOnboarding',
	name: 'Cancel Onboarding',
	action: 'Cancel a tenant onboarding job',
	description: "Delete a relationship's onboarding job from CIPP's list; steps the job already ran are not undone",
	...writes('ExecOnboardTenant', 'Tenant.Administration.ReadWrite'),
	parameters: [relationshipParameter({ name: 'id', in: 'body' })],
	constants: { body: { Cancel: true } },
	output: actionResult(),
};
