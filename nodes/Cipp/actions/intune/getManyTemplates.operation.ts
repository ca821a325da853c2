import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { records } from '../common/readers';
import { templateIdFilter } from '../shared/intune';
import type { CippOperation } from '../types';

export const getManyTemplates: CippOperation = {
	resource: 'intune',
	value: 'getManyTemplates',
	name: 'Get Many Templates',
	action: "Get many of CIPP's Intune policy templates",
	description:
		"List the Intune policy templates saved in CIPP (not a tenant's policies), one item each with displayName, Type, GUID and the policy JSON, ready for Add Policy",
	...reads('ListIntuneTemplates', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [
		additionalFields([
			templateIdFilter,
			{
				property: {
					displayName: 'View',
					name: 'view',
					type: 'options',
					options: [{ name: 'Expanded (Settings and Usage in Standards)', value: 'true' }],
					default: 'true',
					description: 'Return each template as its policy settings plus where CIPP standards use it',
				},
				send: { name: 'View', in: 'query' },
			},
			{
				property: {
					displayName: 'Group By',
					name: 'mode',
					type: 'options',
					options: [{ name: 'Package Tag', value: 'Tag' }],
					default: 'Tag',
					description: 'Return one item per template package tag, with its templates',
				},
				send: { name: 'mode', in: 'query' },
			},
		]),
	],
	output: records,
};
