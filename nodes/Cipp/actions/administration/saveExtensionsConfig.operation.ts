import { additionalFields } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

const EXTENSIONS = [
	['CFZTNA', 'Cloudflare Zero Trust'],
	['GitHub', 'GitHub'],
	['Gradient', 'Gradient'],
	['HaloPSA', 'HaloPSA'],
	['HIBP', 'Have I Been Pwned'],
	['Hudu', 'Hudu'],
	['NinjaOne', 'NinjaOne'],
	['PWPush', 'PWPush'],
	['Sherweb', 'Sherweb'],
] as const;

export const saveExtensionsConfig: CippOperation = {
	resource: 'administration',
	value: 'saveExtensionsConfig',
	name: 'Save Extensions Config',
	action: 'Save the configuration of the CIPP extensions',
	description:
		'Replace the stored configuration of all CIPP extensions with the ones given (extensions left out lose their settings). API keys are moved to Key Vault.',
	endpoint: 'ExecExtensionsConfig',
	method: 'POST',
	access: 'write',
	role: 'CIPP.Extension.ReadWrite',
	parameters: [
		additionalFields(
			EXTENSIONS.map(([name, displayName]) => ({
				property: {
					displayName,
					name,
					type: 'json',
					default: '{\n  "Enabled": true\n}',
					description: `The ${displayName} settings as CIPP stores them, e.g. {"Enabled": true, "APIKey": "..."}`,
				},
				send: { name, in: 'body', encoding: 'json' },
			})),
		),
	],
	output: actionResult(),
};
