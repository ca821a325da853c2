import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'user',
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the users of a customer tenant, one item per user, optionally narrowed by a Graph filter',
	...reads('ListUsers', 'Identity.User.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		{
			property: {
				displayName: 'Graph Filter',
				name: 'graphFilter',
				type: 'string',
				default: '',
				placeholder: "e.g. accountEnabled eq false or startswith(displayName,'Jo')",
				description: 'An OData $filter on Microsoft Graph users; leave empty for all users',
			},
			send: { name: 'graphFilter', in: 'query' },
			optional: true,
			validate: validate.longText,
		},
	],
	output: records,
};
