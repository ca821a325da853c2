import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyQuarantinePolicies: CippOperation = {
	resource: 'exchangePolicy',
	value: 'getManyQuarantinePolicies',
	name: 'Get Many Quarantine Policies',
	action: 'Get many quarantine policies',
	description:
		'List the quarantine policies of a tenant, one item per policy with each permission (Release, RequestRelease, Preview, Delete...), QuarantineNotification and Builtin',
	...reads('ListQuarantinePolicy', 'Exchange.SpamFilter.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			choiceField(
				'Type',
				'type',
				'Quarantine policies, or the global quarantine notification settings',
				inQuery('Type'),
				'QuarantinePolicy',
				choices({ 'Global Notification Settings': 'GlobalQuarantinePolicy', 'Quarantine Policies': 'QuarantinePolicy' }),
			),
		]),
	],
	output: records,
};
