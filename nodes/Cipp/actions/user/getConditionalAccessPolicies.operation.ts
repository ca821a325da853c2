import { reads } from '../common/endpoints';
import { tenantParameter, userByIdParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getConditionalAccessPolicies: CippOperation = {
	resource: 'user',
	value: 'getConditionalAccessPolicies',
	name: 'Get Conditional Access Policies',
	action: 'Get the Conditional Access policies that apply to a user',
	description:
		'Evaluate (what-if) which Conditional Access policies apply to a user signing in to Office 365, one item per policy. CIPP answers an unknown user or an unlicensed tenant with no policies.',
	...reads('ListUserConditionalAccessPolicies', 'Identity.User.Read'),
	list: true,
	parameters: [tenantParameter('query'), userByIdParameter({ name: 'UserID', in: 'query' })],
	// CIPP turns a failed evaluation into one empty record.
	output: (response) => records(response).filter((record) => Object.keys(record).length > 0),
};
