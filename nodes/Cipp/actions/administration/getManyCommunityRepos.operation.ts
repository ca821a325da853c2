import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCommunityRepos: CippOperation = {
	resource: 'administration',
	value: 'getManyCommunityRepos',
	name: 'Get Many Community Repositories',
	action: 'Get many of the GitHub template repositories CIPP knows',
	description:
		'List the GitHub repositories CIPP imports templates from (its built-in community ones and those added), one item per repository with its template types and write access',
	...reads('ListCommunityRepos', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		additionalFields([
			flag(
				'Write Access Only',
				'writeAccess',
				'Whether to list only the repositories CIPP may upload templates to',
				inQuery('WriteAccess'),
			),
		]),
	],
	output: resultRecords,
};
