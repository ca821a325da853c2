import { writes } from '../common/endpoints';
import { shownWhen } from '../common/fields';
import { actionResult } from '../common/readers';
import { baselineActionParameter, baselineTarget } from '../shared/standard';
import type { CippOperation } from '../types';

export const setBaselineOverride: CippOperation = {
	resource: 'standard',
	value: 'setBaselineOverride',
	name: 'Set Baseline Override',
	action: "Override a baseline standard's settings for one tenant",
	description:
		'Give one tenant its own settings for a baseline standard, replacing what its baselines apply, or remove that override so the inherited settings apply again; the next baseline run enforces it',
	...writes('ExecBaselineOverride', 'Tenant.Standards.ReadWrite'),
	parameters: [
		...baselineTarget,
		baselineActionParameter('createOverride', {
			'Create or Replace Override': 'createOverride',
			'Remove Override': 'deleteOverride',
		}),
		shownWhen(
			{ action: ['createOverride'] },
			{
				property: {
					displayName: 'Variables (JSON)',
					name: 'variables',
					type: 'json',
					default: '{}',
					description:
						"The standard's variables for this tenant (Get Many Baseline Standards lists them); they replace the baseline's values whole",
				},
				send: { name: 'variables', in: 'body', encoding: 'json' },
			},
		),
	],
	output: actionResult(),
};
