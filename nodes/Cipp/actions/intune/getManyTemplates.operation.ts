import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery } from '../common/fields';
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
			choiceField(
				'View',
				'view',
				'Return each template as its policy settings plus where CIPP standards use it',
				inQuery('View'),
				'true',
				choices({ 'Expanded (Settings and Usage in Standards)': 'true' }),
			),
			choiceField(
				'Group By',
				'mode',
				'Return one item per template package tag, with its templates',
				inQuery('mode'),
				'Tag',
				choices({ 'Package Tag': 'Tag' }),
			),
		]),
	],
	output: records,
};
