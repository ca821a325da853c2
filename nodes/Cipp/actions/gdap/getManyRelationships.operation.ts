import { reads } from '../common/endpoints';
import { additionalFields, inQuery, text } from '../common/fields';
import { resultRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyRelationships: CippOperation = {
	resource: 'gdap',
	value: 'getManyRelationships',
	name: 'Get Many Relationships',
	action: 'Get many GDAP relationships',
	description:
		"List your partner tenant's GDAP (granular delegated admin) relationships, one item per relationship with its customer, status, roles, end date and auto-extend setting",
	...reads('ListGDAPRelationships', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [
		additionalFields([
			text('Filter', 'filter', 'A Microsoft Graph $filter on the relationships', inQuery('$filter'), {
				placeholder: "e.g. status eq 'active'",
				check: validate.longText,
			}),
		]),
	],
	output: resultRecords,
};
