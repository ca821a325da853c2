import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { safeLinksPolicyParameter, safeLinksRuleParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const deleteSafeLinksPolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'deleteSafeLinksPolicy',
	name: 'Delete Safe Links Policy',
	action: 'Delete a Safe Links policy',
	description: 'Delete a Safe Links rule and then its policy; CIPP tries the policy even when the rule fails',
	...writes('ExecDeleteSafeLinksPolicy', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [tenantParameter('body'), safeLinksRuleParameter, safeLinksPolicyParameter],
	refusals: [/Failed to delete SafeLinks/],
	output: actionResult(),
};
