import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { safeLinksTemplateFields, safeLinksTemplates, templateIdParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const updateSafeLinksTemplate: CippOperation = {
	resource: 'exchangePolicy',
	value: 'updateSafeLinksTemplate',
	name: 'Update Safe Links Template',
	action: 'Update a Safe Links policy template',
	description: 'Replace a Safe Links template with the fields given; CIPP drops every setting not given again',
	...writes('EditSafeLinksPolicyTemplate', 'Exchange.SafeLinks.ReadWrite'),
	parameters: [templateIdParameter(safeLinksTemplates), ...safeLinksTemplateFields],
	output: actionResult(),
};
