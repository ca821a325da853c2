import { writes } from '../common/endpoints';
import { additionalFields, requiredText, text } from '../common/fields';
import * as validate from '../common/validators';
import { appFields, disableRestartField, queuedAppOutput, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const addChocoApp: CippOperation = {
	resource: 'intune',
	value: 'addChocoApp',
	name: 'Add Choco App',
	action: 'Queue a Chocolatey app for deployment',
	description:
		'Queue a Chocolatey package as an Intune Win32 app for one or more tenants. CIPP deploys its queue later (every 12 hours, or with Process App Queue); the answer only says it was queued.',
	...writes('AddChocoApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		selectedTenantsParameter,
		requiredText(
			{
				displayName: 'Package Name',
				name: 'packageName',
				placeholder: 'e.g. googlechrome',
				description: 'The Chocolatey package ID (letters, numbers, dot, underscore, hyphen)',
			},
			{ name: 'PackageName', in: 'body' },
		),
		requiredText(
			{
				displayName: 'App Name',
				name: 'applicationName',
				placeholder: 'e.g. Google Chrome',
				description: 'The name of the app in Intune',
			},
			{ name: 'ApplicationName', in: 'body' },
		),
		additionalFields([
			appFields.description,
			text('Custom Repository', 'customRepo', 'A Chocolatey repository to install from instead of the community repository', 'customrepo', {
				placeholder: 'e.g. https://choco.contoso.com/api/v2',
				check: validate.longText,
			}),
			text('Custom Arguments', 'customArguments', 'Extra arguments for choco install', 'customArguments', {
				placeholder: 'e.g. --params "/NoDesktopShortcut"',
				check: validate.longText,
			}),
			appFields.installAsSystem,
			disableRestartField,
			appFields.availableOnly,
			appFields.assignTo,
			appFields.customGroup,
			appFields.excludeGroup,
		]),
	],
	output: queuedAppOutput,
};
