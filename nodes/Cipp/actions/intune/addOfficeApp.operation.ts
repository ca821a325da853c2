import { additionalFields, booleanField, textField } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { appFields, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const addOfficeApp: CippOperation = {
	resource: 'intune',
	value: 'addOfficeApp',
	name: 'Add Office App',
	action: 'Deploy Microsoft 365 Apps to tenants',
	description:
		'Create the Microsoft 365 Apps (Office) app in Intune for one or more tenants and optionally assign it; tenants that already have it are left as they are. One message per tenant.',
	endpoint: 'AddOfficeApp',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.Application.ReadWrite',
	parameters: [
		selectedTenantsParameter,
		additionalFields([
			booleanField({ displayName: '64-Bit', name: 'arch', description: 'Whether to install the 64-bit apps (otherwise 32-bit)', default: true }, { name: 'arch', in: 'body' }),
			booleanField({ displayName: 'Accept License', name: 'acceptLicense', description: 'Whether to accept the Microsoft software license terms for users' }, { name: 'AcceptLicense', in: 'body' }),
			{
				property: {
					displayName: 'Excluded Apps',
					name: 'excludedApps',
					type: 'multiOptions',
					default: [],
					description: 'Office apps not to install',
					options: [
						{ name: 'Access', value: 'access' },
						{ name: 'Excel', value: 'excel' },
						{ name: 'Microsoft Search in Bing', value: 'bing' },
						{ name: 'OneDrive (Groove)', value: 'groove' },
						{ name: 'OneNote', value: 'oneNote' },
						{ name: 'Outlook', value: 'outlook' },
						{ name: 'PowerPoint', value: 'powerPoint' },
						{ name: 'Publisher', value: 'publisher' },
						{ name: 'Skype for Business (Lync)', value: 'lync' },
						{ name: 'Teams', value: 'teams' },
						{ name: 'Visio', value: 'visio' },
						{ name: 'Word', value: 'word' },
					],
				},
				send: { name: 'excludedApps', in: 'body', encoding: 'labelValueList' },
			},
			textField(
				{ displayName: 'Languages', name: 'languages', placeholder: 'e.g. en-us, de-de', description: 'Languages to install, separated by commas' },
				{ name: 'languages', in: 'body', encoding: 'labelValueList' },
				validate.longText,
			),
			booleanField({ displayName: 'Remove Other Versions', name: 'removeVersions', description: 'Whether to uninstall older Office versions first' }, { name: 'RemoveVersions', in: 'body' }),
			booleanField({ displayName: 'Shared Computer Activation', name: 'sharedComputerActivation', description: 'Whether to use shared computer activation (terminal servers, shared PCs)' }, { name: 'SharedComputerActivation', in: 'body' }),
			{
				property: {
					displayName: 'Update Channel',
					name: 'updateChannel',
					type: 'options',
					default: 'current',
					description: 'How often Office gets feature updates',
					options: [
						{ name: 'Current Channel', value: 'current' },
						{ name: 'Current Channel (Preview)', value: 'firstReleaseCurrent' },
						{ name: 'Monthly Enterprise Channel', value: 'monthlyEnterprise' },
						{ name: 'Semi-Annual Enterprise Channel', value: 'deferred' },
						{ name: 'Semi-Annual Enterprise Channel (Preview)', value: 'firstReleaseDeferred' },
					],
				},
				send: { name: 'updateChannel', in: 'body', encoding: 'labelValue' },
			},
			booleanField({ displayName: 'Use Custom XML', name: 'useCustomXml', description: 'Whether to configure Office with Custom XML instead of the fields above' }, { name: 'useCustomXml', in: 'body' }),
			textField(
				{ displayName: 'Custom XML', name: 'customXml', placeholder: 'e.g. <Configuration>...</Configuration>', description: 'An Office Deployment Tool configuration, used with Use Custom XML' },
				{ name: 'customXml', in: 'body' },
				(value, check) => validate.text(value, check, 100_000),
			),
			appFields.assignTo,
			appFields.customGroup,
			appFields.excludeGroup,
		]),
	],
	output: actionResult(),
};
