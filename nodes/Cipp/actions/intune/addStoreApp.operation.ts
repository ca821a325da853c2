import { writes } from '../common/endpoints';
import { additionalFields, requiredLine } from '../common/fields';
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
		requiredLine('Package ID', 'packageName', 'The Store / WinGet package identifier', 'PackageName', { placeholder: 'e.g. 9WZDNCRFJ3PZ' }),
		requiredLine('App Name', 'applicationName', 'The name of the app in Intune', 'ApplicationName', { placeholder: 'e.g. Company Portal' }),
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
