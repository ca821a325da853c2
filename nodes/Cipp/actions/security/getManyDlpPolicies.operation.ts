import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDlpPolicies: CippOperation = {
	resource: 'security',
	value: 'getManyDlpPolicies',
	name: 'Get Many DLP Policies',
	action: 'Get many data loss prevention policies',
	description:
		'List the Purview data loss prevention (DLP) policies of a tenant, one item per policy with its mode, locations and AssociatedRules',
	...reads('ListDlpCompliancePolicy', 'Security.DlpCompliancePolicy.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
