import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { safeLinksPolicyParameter, safeLinksRuleParameter, safeLinksSettings } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const updateSafeLinksPolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'updateSafeLinksPolicy',
	name: 'Update Safe Links Policy',
	action: 'Update a Safe Links policy',
	description: 'Change the given settings of a Safe Links policy and its rule; settings left out stay as they are',
	...writes('EditSafeLinksPolicy', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [tenantParameter('body'), safeLinksPolicyParameter, safeLinksRuleParameter, safeLinksSettings],
	output: actionResult({ emptyMeans: 'Nothing was changed: add at least one setting under Additional Fields.' }),
};
