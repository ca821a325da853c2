import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

/** CIPP's placeholder while it builds the AllTenants report in the background. */
const LOADING = /^Loading data for all tenants/i;

function mfaOutput(response: unknown): IDataObject[] {
	const items = records(response);
	const [first] = items;
	if (items.length === 1 && typeof first.UPN === 'string' && LOADING.test(first.UPN)) {
		return [
			{
				status: 'queued',
				message: first.UPN,
				followUp: 'Run this operation again in a few minutes, or turn on Use Report Database to read the cached report',
			},
		];
	}
	return items;
}

export const getManyMfaStates: CippOperation = {
	resource: 'user',
	value: 'getManyMfaStates',
	name: 'Get Many MFA States',
	action: "Get many users' MFA states",
	description:
		'List every user with MFA registration, registered methods, per-user MFA and Conditional Access / security defaults coverage. For AllTenants CIPP may first queue the report and answer with a queued item: run again later.',
	...reads('ListMFAUsers', 'Identity.User.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		flag(
			'Use Report Database',
			'useReportDb',
			"Whether to read CIPP's cached MFA report instead of live data (much faster, recommended for AllTenants)",
			inQuery('UseReportDB'),
		),
	],
	output: mfaOutput,
};
