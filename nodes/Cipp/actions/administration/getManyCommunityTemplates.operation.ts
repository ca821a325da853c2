import { reads } from '../common/endpoints';
import { cachedRecords } from '../common/readers';
import { communityRepo } from '../shared/administration';
import type { CippOperation } from '../types';

export const getManyCommunityTemplates: CippOperation = {
	resource: 'administration',
	value: 'getManyCommunityTemplates',
	name: 'Get Many Community Templates',
	action: "Get many templates of CIPP's GitHub template repositories",
	description:
		'List the templates in a GitHub repository CIPP knows, one item per file with its type, path and whether it is imported or has an update',
	...reads('ListCommunityRepoTemplates', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		{
			...communityRepo,
			property: {
				...communityRepo.property,
				required: false,
				description: 'The GitHub repository, as owner/name; leave empty for all of them',
			},
			send: { name: 'FullName', in: 'query' },
			optional: true,
		},
	],
	output: cachedRecords(),
};
