import { reads } from '../common/endpoints';
import { optionalTenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCustomVariables: CippOperation = {
	resource: 'administration',
	value: 'getManyCustomVariables',
	name: 'Get Many Custom Variables',
	action: 'Get many custom variables',
	description:
		'List the %variables% CIPP replaces in templates and alert texts: the reserved ones, the global custom ones and, for a tenant, its own values (reserved ones resolved for it)',
	...reads('ListCustomVariables', 'CIPP.Core.Read'),
	list: true,
	parameters: [optionalTenantParameter()],
	output: resultRecords,
};
