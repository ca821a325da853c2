import { additionalFields, tenantParameter } from '../common/parameters';
import { records } from '../common/outputs';
import type { CippOperation } from '../types';
import { numberField } from './fields';

export const getManyInactive: CippOperation = {
	resource: 'user',
	value: 'getManyInactive',
	name: 'Get Many Inactive',
	action: 'Get many inactive user accounts',
	description:
		"List enabled member accounts that have not signed in for a number of days (default 180), from CIPP's reporting data, with their last sign-in and licence count",
	endpoint: 'ListInactiveAccounts',
	method: 'GET',
	access: 'read',
	role: 'Tenant.Directory.Read',
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([numberField('Inactive Days', 'InactiveDays', 'Days without a sign-in after which an account counts as inactive', 180, { in: 'query' })]),
	],
	output: records,
};
