import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManySafeLinksPolicies: CippOperation = {
	resource: 'security',
	value: 'getManySafeLinksPolicies',
	name: 'Get Many Safe Links Policies',
	action: 'Get many Safe Links policies',
	description:
		'List the Defender for Office 365 Safe Links policies of a tenant joined with their rules, one item per policy with its settings, priority, state, scope and ConfigurationStatus (Complete, Policy Only, Rule Only)',
	...reads('ListSafeLinksPolicy', 'Security.SafeLinksPolicy.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
