import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { allowBlockFields, allowBlockTemplates, templateNameParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const createAllowBlockTemplate: CippOperation = {
	resource: 'exchangePolicy',
	value: 'createAllowBlockTemplate',
	name: 'Create Allow/Block Template',
	action: 'Create a Tenant Allow/Block List template',
	description: 'Save Tenant Allow/Block List entries as a template in CIPP, to add the same entries to many tenants',
	...writes(allowBlockTemplates.add, allowBlockTemplates.writeRole),
	parameters: [templateNameParameter, ...allowBlockFields],
	output: actionResult(),
};
