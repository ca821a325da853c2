import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getSecureScore: CippOperation = {
	resource: 'security',
	value: 'getSecureScore',
	name: 'Get Secure Score',
	action: 'Get the Microsoft Secure Score',
	description:
		"Get the latest Microsoft Secure Score of a tenant, or of every tenant with AllTenants (lowest first), from CIPP's nightly report database: current and maximum score, percentage and when it was captured, optionally with the daily history",
	...reads('ListSecureScoreReport', 'Tenant.Reports.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			flag(
				'Include History',
				'includeHistory',
				'Whether to add the retained daily scores of each tenant as a History list',
				inQuery('includeHistory'),
				true,
			),
		]),
	],
	output: records,
};
