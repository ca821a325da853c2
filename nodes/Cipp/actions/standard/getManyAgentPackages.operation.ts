import { reads } from '../common/endpoints';
import { additionalFields, inQuery, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyAgentPackages: CippOperation = {
	resource: 'standard',
	value: 'getManyAgentPackages',
	name: 'Get Many Agent Packages',
	action: 'Get the Copilot agents and apps of a tenant',
	description:
		'List the Microsoft Agent 365 / Copilot catalog packages (agents and Microsoft 365 apps) of a tenant, one item per package; needs a Microsoft Agent 365 licence on the tenant',
	...reads('ListAgent365Packages', 'Tenant.Standards.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			text('Filter', 'filter', 'An OData filter, instead of agents and apps together', inQuery('Filter'), {
				placeholder: "e.g. supportedHosts/any(x:x eq 'Copilot')",
			}),
		]),
	],
	output: recordsOrFail,
};
