import { writes } from '../common/endpoints';
import { requiredParameter, shownWhen } from '../common/fields';
import { resultModeProperty, scriptParameter, scriptResult } from '../shared/customScript';
import type { CippOperation } from '../types';

export const setState: CippOperation = {
	resource: 'customScript',
	value: 'setState',
	name: 'Set State',
	action: 'Enable, disable or change a custom script',
	description: "Turn a custom script or its failure alerts on or off, or set how its result is rated, on the script's latest version",
	...writes('AddCustomScript', 'CIPP.Tests.ReadWrite'),
	parameters: [
		scriptParameter('ScriptGuid'),
		requiredParameter(
			{
				displayName: 'Change',
				name: 'action',
				type: 'options',
				default: 'EnableScript',
				options: [
					{ name: 'Disable Alerts', value: 'DisableAlerts' },
					{ name: 'Disable Script', value: 'DisableScript' },
					{ name: 'Enable Alerts', value: 'EnableAlerts' },
					{ name: 'Enable Script', value: 'EnableScript' },
					{ name: 'Set Result Mode', value: 'SetResultMode' },
				],
			},
			{ name: 'Action', in: 'body' },
		),
		shownWhen({ action: ['SetResultMode'] }, requiredParameter(resultModeProperty, { name: 'ResultMode', in: 'body' })),
	],
	output: scriptResult,
};
