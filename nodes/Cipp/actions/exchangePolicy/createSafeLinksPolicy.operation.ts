import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { safeLinksPolicyNameParameter, safeLinksRuleParameter, safeLinksSettings } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const createSafeLinksPolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'createSafeLinksPolicy',
	name: 'Create Safe Links Policy',
	action: 'Create a Safe Links policy',
	description: 'Create a Safe Links policy and the rule that applies it; settings left out keep Exchange defaults',
	...writes('ExecNewSafeLinksPolicy', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [tenantParameter('body'), safeLinksPolicyNameParameter, safeLinksRuleParameter, safeLinksSettings],
	refusals: [/already exists in tenant/],
	output: actionResult(),
};
