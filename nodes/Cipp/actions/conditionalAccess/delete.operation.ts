import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { policyParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const deletePolicy: CippOperation = {
	resource: 'conditionalAccess',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a conditional access policy',
	description:
		'Delete a Conditional Access policy from the tenant: its protection (e.g. MFA or a block) stops at once for everyone it covered. To pause a policy instead, use Update with State Disabled.',
	...writes('RemoveCAPolicy', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [tenantParameter('body'), policyParameter({ name: 'GUID', in: 'body', validate: validate.guid })],
	output: actionResult(),
};
