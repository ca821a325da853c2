import { writes } from '../common/endpoints';
import { additionalFields, requiredLine, text } from '../common/fields';
import { actionResult } from '../common/readers';
import { jsonText } from '../common/validators';
import type { CippOperation } from '../types';

export const createReusableSettingTemplate: CippOperation = {
	resource: 'intune',
	value: 'createReusableSettingTemplate',
	name: 'Create Reusable Setting Template',
	action: 'Save a reusable policy setting as a CIPP template',
	description: 'Save a reusable policy setting (Graph JSON) as a new CIPP template, for Deploy Reusable Setting Template',
	...writes('AddIntuneReusableSettingTemplate', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		requiredLine('Display Name', 'displayName', "The template's name", 'displayName'),
		{
			property: {
				displayName: 'Setting JSON',
				name: 'rawJson',
				type: 'json',
				required: true,
				default: '',
				description: 'The reusable policy setting as Microsoft Graph JSON (its displayName names the setting it deploys)',
			},
			send: { name: 'rawJSON', in: 'body' },
			validate: jsonText,
		},
		additionalFields([text('Description', 'description', "The template's description", 'description')]),
	],
	output: actionResult(),
};
