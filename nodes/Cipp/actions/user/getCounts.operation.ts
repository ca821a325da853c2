import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getCounts: CippOperation = {
	resource: 'user',
	value: 'getCounts',
	name: 'Get Counts',
	action: 'Get user counts of a tenant',
	description: 'Count the users of a tenant: all users (Users), licensed users (LicUsers), global administrators (Gas) and guests (Guests)',
	...reads('ListUserCounts', 'Identity.User.Read'),
	parameters: [tenantParameter('query')],
	output: records,
};
