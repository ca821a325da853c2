import { writes } from '../common/endpoints';
import { additionalFields, requiredLine, text } from '../common/fields';
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
		requiredLine('Package Name', 'packageName', 'The Chocolatey package ID (letters, numbers, dot, underscore, hyphen)', 'PackageName', {
			placeholder: 'e.g. googlechrome',
		}),
		requiredLine('App Name', 'applicationName', 'The name of the app in Intune', 'ApplicationName', { placeholder: 'e.g. Google Chrome' }),
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
