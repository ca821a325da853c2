import { writes } from '../common/endpoints';
import { additionalFields, commaListText, requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import { repositoryFullName } from '../shared/administration';
import type { CippOperation } from '../types';

export const addCommunityRepo: CippOperation = {
	resource: 'administration',
	value: 'addCommunityRepo',
	name: 'Add Community Repository',
	action: 'Add a GitHub template repository to CIPP',
	description:
		"Add a GitHub repository CIPP can import templates from (read through CIPP's GitHub extension); adding one again refreshes its details",
	...writes('ExecCommunityRepo', 'CIPP.Core.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Repository',
				name: 'repositoryName',
				placeholder: 'e.g. CyberDrain/CIPP-Templates',
				description: 'The GitHub repository, as owner/name',
			},
			{ name: 'FullName', in: 'body', validate: repositoryFullName },
		),
		additionalFields([
			commaListText(
				'Template Types',
				'templateTypes',
				'The template types the repository holds, separated by commas',
				'TemplateTypes',
				'e.g. CATemplate, IntuneTemplate',
			),
		]),
	],
	constants: { body: { Action: 'Add' } },
	output: actionResult(),
};
