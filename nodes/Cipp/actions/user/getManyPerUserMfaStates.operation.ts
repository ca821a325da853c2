import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyPerUserMfaStates: CippOperation = {
	resource: 'user',
	value: 'getManyPerUserMfaStates',
	name: 'Get Many Per-User MFA States',
	action: "Get many users' per-user MFA states",
	description: "List every user's legacy per-user MFA state (disabled, enabled or enforced) straight from Microsoft Graph",
	...reads('ListPerUserMFA', 'Identity.User.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	constants: { query: { allUsers: 'true' } },
	output: records,
};
