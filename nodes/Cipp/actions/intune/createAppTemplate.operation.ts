import { writes } from '../common/endpoints';
import { additionalFields, guidText, requiredLine, text } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const APP_TYPES = ['StoreApp', 'chocolateyApp', 'officeApp', 'win32ScriptApp', 'mspApp'];
const EXAMPLE = '[{"appType": "chocolateyApp", "appName": "7-Zip", "config": {"PackageName": "7zip", "ApplicationName": "7-Zip"}}]';

/** CIPP deploys each entry with the endpoint of its appType: an unknown type only fails at deployment. */
const appList: Validator = (value, check) =>
	validate.parsedJsonWhere(
		value,
		check,
		EXAMPLE,
		(apps) =>
			Array.isArray(apps) &&
			apps.length > 0 &&
			apps.every((app) => isRecord(app) && APP_TYPES.includes(String(app.appType)) && String(app.appName ?? '').trim() !== ''),
		'Apps must be a non-empty JSON list of apps, each with appType, appName and config.',
		`Use appType ${APP_TYPES.join(', ')}, e.g. ${EXAMPLE}.`,
	);

export const createAppTemplate: CippOperation = {
	resource: 'intune',
	value: 'createAppTemplate',
	name: 'Create App Template',
	action: 'Save a set of apps as a CIPP app template',
	description:
		'Save a named set of apps (Store, Chocolatey, Office, script and RMM apps) as a CIPP app template, or replace one, for Deploy App Template',
	...writes('AddAppTemplate', 'Endpoint.Application.ReadWrite'),
	parameters: [
		requiredLine('Display Name', 'displayName', 'The name of the template', 'displayName', { placeholder: 'e.g. Standard workstation' }),
		{
			property: {
				displayName: 'Apps',
				name: 'apps',
				type: 'json',
				required: true,
				default: '',
				description: `The apps, each {appType, appName, config}; config holds the fields of that app's Add request, e.g. ${EXAMPLE}`,
			},
			send: { name: 'apps', in: 'body', encoding: 'json' },
			validate: appList,
		},
		additionalFields([
			text('Description', 'description', 'The description of the template', 'description', { check: validate.longText }),
			guidText(
				'Replace Template ID',
				'templateId',
				'The GUID of an app template to overwrite. A GUID CIPP does not have saves a new template instead.',
				'GUID',
				'e.g. 5b1d6e0c-2f4a-4c8e-9a1b-3c7d9e2f4a6b',
			),
		]),
	],
	output: actionResult(),
};
