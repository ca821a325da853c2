import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const deleteApp: CippOperation = {
	resource: 'intune',
	value: 'deleteApp',
	name: 'Delete App',
	action: 'Delete an Intune app',
	description: 'Delete an app from Intune in a customer tenant; devices it was required on stop getting it',
	...writes('RemoveApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredParameter(
			{
				displayName: 'App ID',
				type: 'string',
				default: '',
				name: 'appId',
				placeholder: 'e.g. 3c9e1a7b-5d2f-4b8a-9c6e-1f4a7d2b5e8c',
				description: 'The ID from Intune → Get Many Apps',
			},
			{ name: 'ID', in: 'body', validate: validate.guid },
		),
	],
	output: actionResult(),
};
