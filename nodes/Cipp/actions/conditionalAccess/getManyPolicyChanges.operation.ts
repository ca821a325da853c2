import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import * as validate from '../common/validators';
import { policyParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const getManyPolicyChanges: CippOperation = {
	resource: 'conditionalAccess',
	value: 'getManyPolicyChanges',
	name: 'Get Many Policy Changes',
	action: 'Get the change history of a conditional access policy',
	description:
		"List the Entra audit log entries of a Conditional Access policy (within the tenant's audit retention), one item per change with who made it, when, and the old and new policy",
	...reads('ListConditionalAccessPolicyChanges', 'Tenant.ConditionalAccess.Read'),
	list: true,
	parameters: [tenantParameter('query'), policyParameter({ name: 'id', in: 'query', validate: validate.guid })],
	output: recordsOrFail,
};
