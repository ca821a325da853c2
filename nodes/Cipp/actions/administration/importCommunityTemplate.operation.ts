import { writes } from '../common/endpoints';
import { additionalFields, flag, requiredParameter, requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import { communityRepo } from '../shared/administration';
import type { CippOperation } from '../types';

export const importCommunityTemplate: CippOperation = {
	resource: 'administration',
	value: 'importCommunityTemplate',
	name: 'Import Community Template',
	action: 'Import a template from a GitHub template repository',
	description:
		'Import one template file of a GitHub repository into CIPP; a template already imported at the same version is skipped unless Force is on',
	...writes('ExecCommunityRepo', 'CIPP.Core.ReadWrite'),
	parameters: [
		communityRepo,
		requiredText(
			{
				displayName: 'Path',
				name: 'templatePath',
				placeholder: 'e.g. CATemplate/Block legacy authentication.json',
				description: 'The file in the repository, as Get Many Community Templates lists it',
			},
			{ name: 'Path', in: 'body' },
		),
		requiredParameter(
			{
				displayName: 'Branch',
				name: 'branch',
				type: 'string',
				default: 'main',
				description: "The branch to read (CIPP needs it; usually the repository's default branch)",
			},
			{ name: 'Branch', in: 'body' },
		),
		additionalFields([flag('Force', 'force', 'Whether to overwrite the template even if CIPP has this version already', 'Force')]),
	],
	constants: { body: { Action: 'ImportTemplate' } },
	output: actionResult(),
};
