import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery, requiredText } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const search: CippOperation = {
	resource: 'tool',
	value: 'search',
	name: 'Search',
	action: 'Search users, groups, apps or licences across tenants',
	description:
		"Search CIPP's cached data of every tenant the API client may see, one item per match with its tenant: users by default, or groups, applications or licences",
	...reads('ExecUniversalSearchV2', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		requiredText(
			{
				displayName: 'Search Terms',
				name: 'searchTerms',
				placeholder: 'e.g. adele',
				description: 'Text to find, e.g. part of a name or address',
			},
			{ name: 'searchTerms', in: 'query' },
		),
		additionalFields([
			choiceField(
				'Type',
				'type',
				'What to search',
				inQuery('type'),
				'Users',
				choices({ Applications: 'Applications', Groups: 'Groups', Licenses: 'Licenses', Users: 'Users' }),
			),
			{
				property: {
					displayName: 'Max Matches',
					name: 'maxMatches',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 10,
					description: 'Most matches CIPP returns',
				},
				send: { name: 'limit', in: 'query', encoding: 'number' },
			},
		]),
	],
	output: records,
};
