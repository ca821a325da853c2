import { reads } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getGroups: CippOperation = {
	resource: 'user',
	value: 'getGroups',
	name: 'Get Groups',
	action: "Get a user's groups",
	description:
		"List the groups a user is a direct member of, one item per group with its type (Microsoft 365, Security, Distribution List...). CIPP reads only Microsoft Graph's first page: at most about 100 groups, without saying when there are more.",
	...reads('ListUserGroups', 'Identity.User.Read'),
	list: true,
	parameters: [tenantParameter('query'), userParameter({ name: 'userId', in: 'query', encoding: 'graphId' })],
	output: records,
};
