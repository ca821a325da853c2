import { reads } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';
import { choiceField, choices, inQuery } from '../common/fields';

export const testExtension: CippOperation = {
	resource: 'administration',
	value: 'testExtension',
	name: 'Test Extension',
	action: "Test an extension's connection",
	description:
		"Check that CIPP can connect to an extension with its stored credentials; fails with CIPP's message when it cannot. PWPush returns a test link in copyField.",
	...reads('ExecExtensionTest', 'CIPP.Extension.Read'),
	parameters: [
		choiceField(
			'Extension',
			'extensionName',
			'The extension to test',
			inQuery('extensionName'),
			'HaloPSA',
			choices({
				GitHub: 'GitHub',
				Gradient: 'Gradient',
				HaloPSA: 'HaloPSA',
				'Have I Been Pwned': 'HIBP',
				Hudu: 'Hudu',
				NinjaOne: 'NinjaOne',
				PWPush: 'PWPush',
				Sherweb: 'Sherweb',
			}),
		),
	],
	// Invoke-ExecExtensionTest :58: HTTP 200, no state, nothing tested.
	refusals: [/PWPush is not enabled/],
	output: actionResult(),
};
