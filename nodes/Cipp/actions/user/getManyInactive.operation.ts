import { reads } from '../common/endpoints';
import { additionalFields, numberField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyInactive: CippOperation = {
	resource: 'user',
	value: 'getManyInactive',
	name: 'Get Many Inactive',
	action: 'Get many inactive user accounts',
	description:
		"List enabled member accounts that have not signed in for a number of days (default 180), from CIPP's reporting data, with their last sign-in and licence count. No items can also mean that CIPP's reporting database has no user data for the tenant yet (for AllTenants, such tenants are left out).",
	...reads('ListInactiveAccounts', 'Tenant.Directory.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			numberField(
				{
					displayName: 'Inactive Days',
					name: 'InactiveDays',
					description: 'Days without a sign-in after which an account counts as inactive',
					default: 180,
				},
				{ name: 'InactiveDays', in: 'query' },
			),
		]),
	],
	output: records,
};
