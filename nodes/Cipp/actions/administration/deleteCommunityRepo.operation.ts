import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { communityRepo } from '../shared/administration';
import type { CippOperation } from '../types';

export const deleteCommunityRepo: CippOperation = {
	resource: 'administration',
	value: 'deleteCommunityRepo',
	name: 'Delete Community Repository',
	action: 'Remove a GitHub template repository from CIPP',
	description: "Remove a GitHub repository from CIPP's template sources (a built-in one comes back the next time CIPP lists them)",
	...writes('ExecCommunityRepo', 'CIPP.Core.ReadWrite'),
	parameters: [communityRepo],
	constants: { body: { Action: 'Delete' } },
	// A repository CIPP does not have is "deleted" with an empty name.
	refusals: [/^Repository {2}deleted$/],
	output: actionResult(),
};
