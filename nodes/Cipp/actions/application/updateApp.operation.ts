import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { appTarget } from '../shared/application';
import type { CippOperation } from '../types';

export const updateApp: CippOperation = {
	resource: 'application',
	value: 'updateApp',
	name: 'Update App',
	action: 'Update an app registration or enterprise app',
	description:
		'Set Microsoft Graph properties of an app registration or enterprise app (a PATCH): a property given replaces its whole value, e.g. all redirect URIs of web',
	...writes('ExecApplication', 'Tenant.Application.ReadWrite'),
	parameters: [
		...appTarget('Type'),
		requiredParameter(
			{
				displayName: 'Properties (JSON)',
				name: 'payload',
				type: 'json',
				default: '{}',
				description: 'The application or servicePrincipal properties to set, e.g. {"notes": "…"}',
			},
			{ name: 'Payload', in: 'body', encoding: 'json', validate: validate.jsonObject('{"notes": "Managed by n8n"}') },
		),
	],
	constants: { body: { Action: 'Update' } },
	output: actionResult(),
};
