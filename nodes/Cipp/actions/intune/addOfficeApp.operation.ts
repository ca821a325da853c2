import type { IDataObject } from 'n8n-workflow';

import { readResults } from '../../transport/envelope';
import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, pascalFlag, text, textField } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { appFields, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation, OutputContext } from '../types';

/** CIPP's words for a tenant it skipped because it already has an Office app (of any name and settings). */
const ALREADY_THERE = /Office deployment already exists for/;

const officeResult = actionResult({
	emptyMeans:
		'CIPP created the Office app for no tenant: none of the tenants given is one this API client may manage. If its CIPP role is limited to some tenants, give tenant IDs instead of domains.',
});

/**
 * One message per tenant. A tenant that already has Office is skipped, its settings not applied:
 * when every tenant was skipped the item fails; when only some were, it is a warning naming them.
 */
function officeOutput(response: unknown, context: OutputContext): IDataObject[] {
	const texts = readResults(response)
		.map((result) => result.text)
		.filter((text) => text !== '' && text !== 'null');
	const skipped = texts.filter((text) => ALREADY_THERE.test(text));
	if (skipped.length === 0 || skipped.length === texts.length) return officeResult(response, context);
	const [item] = officeResult(response, { ...context, refusals: [] });
	return [{ ...item, status: 'warning', skipped }];
}

export const addOfficeApp: CippOperation = {
	resource: 'intune',
	value: 'addOfficeApp',
	name: 'Add Office App',
	action: 'Deploy Microsoft 365 Apps to tenants',
	description:
		'Create the Microsoft 365 Apps (Office) app in Intune for one or more tenants and optionally assign it; tenants that already have an Office app (of any name) are skipped, their settings not applied: the item fails when every tenant was skipped and is a warning naming them when some were. One message per tenant.',
	...writes('AddOfficeApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		selectedTenantsParameter,
		additionalFields([
			flag(
				'64-Bit',
				'arch',
				'Whether to install the 64-bit apps (otherwise 32-bit). Without this field added, CIPP installs 32-bit Office.',
				'arch',
				true,
			),
			pascalFlag('Accept License', 'acceptLicense', 'Whether to accept the Microsoft software license terms for users'),
			{
				property: {
					displayName: 'Excluded Apps',
					name: 'excludedApps',
					type: 'multiOptions',
					default: [],
					description: 'Office apps not to install',
					options: choices({
						Access: 'access',
						Excel: 'excel',
						'Microsoft Search in Bing': 'bing',
						'OneDrive (Groove)': 'groove',
						OneNote: 'oneNote',
						Outlook: 'outlook',
						PowerPoint: 'powerPoint',
						Publisher: 'publisher',
						'Skype for Business (Lync)': 'lync',
						Teams: 'teams',
						Visio: 'visio',
						Word: 'word',
					}),
				},
				send: { name: 'excludedApps', in: 'body', encoding: 'labelValueList' },
			},
			text(
				'Languages',
				'languages',
				'Languages to install, separated by commas',
				{ name: 'languages', in: 'body', encoding: 'labelValueList' },
				{ placeholder: 'e.g. en-us, de-de', check: validate.longText },
			),
			pascalFlag('Remove Other Versions', 'removeVersions', 'Whether to uninstall older Office versions first'),
			pascalFlag(
				'Shared Computer Activation',
				'sharedComputerActivation',
				'Whether to use shared computer activation (terminal servers, shared PCs)',
			),
			choiceField(
				'Update Channel',
				'updateChannel',
				'How often Office gets feature updates',
				{ name: 'updateChannel', in: 'body', encoding: 'labelValue' },
				'current',
				choices({
					'Current Channel': 'current',
					'Current Channel (Preview)': 'firstReleaseCurrent',
					'Monthly Enterprise Channel': 'monthlyEnterprise',
					'Semi-Annual Enterprise Channel': 'deferred',
					'Semi-Annual Enterprise Channel (Preview)': 'firstReleaseDeferred',
				}),
			),
			flag('Use Custom XML', 'useCustomXml', 'Whether to configure Office with Custom XML instead of the fields above', 'useCustomXml'),
			textField(
				{
					displayName: 'Custom XML',
					name: 'customXml',
					placeholder: 'e.g. <Configuration>...</Configuration>',
					description: 'An Office Deployment Tool configuration, used with Use Custom XML',
				},
				{ name: 'customXml', in: 'body' },
				(value, check) => validate.text(value, check, 100_000),
			),
			appFields.assignTo,
			appFields.customGroup,
			appFields.excludeGroup,
		]),
	],
	refusals: [ALREADY_THERE],
	output: officeOutput,
};
