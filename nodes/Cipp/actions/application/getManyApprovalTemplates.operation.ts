import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyApprovalTemplates: CippOperation = {
	resource: 'application',
	value: 'getManyApprovalTemplates',
	name: 'Get Many Approval Templates',
	action: 'Get many app approval templates',
	description:
		"List CIPP's app approval (deployment) templates, one item per template with its TemplateId, name, app ID and the permissions it grants",
	...reads('ListAppApprovalTemplates', 'Tenant.Application.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
