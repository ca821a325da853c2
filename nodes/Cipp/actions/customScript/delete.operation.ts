import { writes } from '../common/endpoints';
import { scriptParameter, scriptResult } from '../shared/customScript';
import type { CippOperation } from '../types';

export const deleteScript: CippOperation = {
	resource: 'customScript',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom script',
	description: 'Delete a custom script with every version, its stored test results, and its place in custom test reports',
	...writes('RemoveCustomScript', 'CIPP.Tests.ReadWrite'),
	parameters: [scriptParameter('ScriptGuid')],
	output: scriptResult,
};
