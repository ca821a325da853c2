import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { scriptParameter, scriptResult } from '../shared/customScript';
import type { CippOperation } from '../types';

export const restoreVersion: CippOperation = {
	resource: 'customScript',
	value: 'restoreVersion',
	name: 'Restore Version',
	action: 'Restore an earlier version of a custom script',
	description: 'Make an earlier version of a custom script the latest again. CIPP deletes every newer version for good.',
	...writes('AddCustomScript', 'CIPP.Tests.ReadWrite'),
	parameters: [
		scriptParameter('ScriptGuid'),
		requiredParameter(
			{
				displayName: 'Version',
				name: 'version',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'The version to restore (Version in Get Many with All Versions)',
			},
			{ name: 'RestoreToVersion', in: 'body', encoding: 'number', validate: (value) => value },
		),
	],
	output: scriptResult,
};
