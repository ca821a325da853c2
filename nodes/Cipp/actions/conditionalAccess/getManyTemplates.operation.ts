import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyTemplates: CippOperation = {
	resource: 'conditionalAccess',
	value: 'getManyTemplates',
	name: 'Get Many Templates',
	action: 'Get many conditional access templates',
	description:
		"List CIPP's Conditional Access templates, one item per template with its GUID, the policy JSON (conditions, grant and session controls) and where it came from",
	...reads('ListCAtemplates', 'Tenant.ConditionalAccess.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
