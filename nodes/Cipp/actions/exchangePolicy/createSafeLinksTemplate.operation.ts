import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { safeLinksTemplateFields } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const createSafeLinksTemplate: CippOperation = {
	resource: 'exchangePolicy',
	value: 'createSafeLinksTemplate',
	name: 'Create Safe Links Template',
	action: 'Create a Safe Links policy template',
	description: 'Save a Safe Links policy and rule as a CIPP template, to deploy to many tenants',
	...writes('CreateSafeLinksPolicyTemplate', 'Exchange.SafeLinks.ReadWrite'),
	parameters: safeLinksTemplateFields,
	output: actionResult(),
};
