import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { isRecord, records } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const getBaselineAlignment: CippOperation = {
	resource: 'standard',
	value: 'getBaselineAlignment',
	name: 'Get Baseline Alignment',
	action: "Get a tenant's baseline alignment",
	description:
		'List the baseline standards of one tenant, one item per standard with its status (Compliant, Drift, Accepted, Denied - Remediate Pending...), expected and current value, deviation reason and last run; or, with History, one item per run event',
	...reads('ListBaselineAlignment', 'Tenant.Standards.Read'),
	list: true,
	parameters: [
		standardsTenant('query'),
		additionalFields([
			flag('History', 'history', 'Whether to list the run events (outcome, remediated, diff) instead of the standards', inQuery('history')),
		]),
	],
	output: (response) => {
		if (!isRecord(response)) return records(response);
		return records(Array.isArray(response.events) ? response.events : (response.rows ?? []));
	},
};
