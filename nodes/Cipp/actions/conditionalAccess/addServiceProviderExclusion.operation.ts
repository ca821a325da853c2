import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { policyParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const addServiceProviderExclusion: CippOperation = {
	resource: 'conditionalAccess',
	value: 'addServiceProviderExclusion',
	name: 'Add Service Provider Exclusion',
	action: 'Exclude your partner tenant from a conditional access policy',
	description:
		"Exclude your partner tenant's service provider (GDAP) users from a Conditional Access policy that targets all users, all guests or directory roles, so the policy does not lock out your technicians",
	...writes('ExecCAServiceExclusion', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [tenantParameter('body'), policyParameter({ name: 'GUID', in: 'body', validate: validate.guid })],
	refusals: [/does not target all users or all guest\/external users\. No changes made/],
	output: actionResult(),
};
