import { reads } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import type { CippOperation } from '../types';

export const get: CippOperation = {
	resource: 'user',
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get one user of a customer tenant with its licences, aliases, manager and sync state (a Microsoft Graph user object)',
	...reads('ListUsers', 'Identity.User.Read'),
	parameters: [tenantParameter('query'), userParameter({ name: 'UserID', in: 'query', encoding: 'graphId' })],
	output: singleRecord(({ values }) => `User ${String(values.userId)} in ${String(values.tenantFilter)}`),
};
