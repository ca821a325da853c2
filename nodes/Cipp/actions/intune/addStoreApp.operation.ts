import { writes } from '../common/endpoints';
import { additionalFields, requiredText } from '../common/fields';
import { appFields, queuedAppOutput, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const addStoreApp: CippOperation = {
	resource: 'intune',
	value: 'addStoreApp',
	name: 'Add Store App',
	action: 'Queue a Microsoft Store (WinGet) app for deployment',
	description:
		'Queue a Microsoft Store app (the new WinGet-based store app type) for one or more tenants. CIPP deploys its queue later (every 12 hours, or with Process App Queue); the answer only says it was queued.',
	...writes('AddStoreApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		selectedTenantsParameter,
		requiredText(
			{
				displayName: 'Package ID',
				name: 'packageName',
				placeholder: 'e.g. 9WZDNCRFJ3PZ',
				description: 'The Microsoft Store / WinGet package identifier',
			},
			{ name: 'PackageName', in: 'body' },
		),
		requiredText(
			{
				displayName: 'App Name',
				name: 'applicationName',
				placeholder: 'e.g. Company Portal',
				description: 'The name of the app in Intune',
			},
			{ name: 'ApplicationName', in: 'body' },
		),
		additionalFields([
			appFields.description,
			appFields.installAsSystem,
			appFields.availableOnly,
			appFields.assignTo,
			appFields.customGroup,
		]),
	],
	output: queuedAppOutput,
};
