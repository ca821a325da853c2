import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

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

/** The NinjaOne hosts Invoke-ExecExtensionsConfig accepts (it saves any other too, with an error line). */
const NINJA_HOSTS = ['app.ninjarmm.com', 'eu.ninjarmm.com', 'oc.ninjarmm.com', 'ca.ninjarmm.com', 'us2.ninjarmm.com'];

const refuse = (context: StepContext, field: string, problem: string, fix: string): never =>
	validate.invalid({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' }, problem, fix);

export const saveExtensionsConfig: CippOperation = {
	resource: 'administration',
	value: 'saveExtensionsConfig',
	name: 'Save Extensions Config',
	action: 'Save the configuration of the CIPP extensions',
	description:
		'Save the configuration of the CIPP extensions given; the others keep their stored settings (CIPP replaces the whole configuration, so the node reads it first and sends the others back). API keys are moved to Key Vault.',
	...writes('ExecExtensionsConfig', 'CIPP.Extension.ReadWrite'),
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
	// Invoke-ExecExtensionsConfig stores the body as the whole configuration: every extension left
	// out would lose its settings, and an empty body would clear them all. The stored config is read
	// (its API keys are already "SentToKeyVault", which CIPP leaves alone) and the given ones merged in.
	run: async (context) => {
		const given = (context.request.body ?? {}) as IDataObject;
		if (Object.keys(given).length === 0) {
			refuse(context, 'Additional Fields', 'no extension to save.', 'Add the extension(s) to change under Additional Fields.');
		}
		const ninja = given.NinjaOne;
		if (isRecord(ninja) && ninja.Enabled === true) {
			const host = String(ninja.Instance ?? '')
				.replace('/ws', '')
				.replace('https://', '');
			if (!NINJA_HOSTS.includes(host)) {
				// CIPP would save it anyway, with an error line.
				refuse(context, 'NinjaOne', `NinjaOne URL is not allowed: "${host}".`, `Set Instance to one of ${NINJA_HOSTS.join(', ')}.`);
			}
		}
		const stored = await context.call({ method: 'GET', endpoint: 'ListExtensionsConfig', qs: {} }, 'CIPP.Extension.Read');
		const body = { ...(isRecord(stored) ? stored : {}), ...given };
		return saveExtensionsConfig.output(await context.call({ ...context.request, body }, saveExtensionsConfig.role), context);
	},
};
