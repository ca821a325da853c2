import { reads } from '../common/endpoints';
import { recordParameter, tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyDetectedAppDevices: CippOperation = {
	resource: 'intune',
	value: 'getManyDetectedAppDevices',
	name: 'Get Many Detected App Devices',
	action: 'Get many devices a detected app is installed on',
	description: 'List the managed devices on which Intune detected one app, one item per device',
	...reads('ListDetectedAppDevices', 'Identity.Device.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		recordParameter(
			{
				displayName: 'Detected App ID',
				name: 'detectedAppId',
				description: 'The detected app, from the list or by its ID (Intune → Get Many Detected Apps)',
				searchListMethod: 'searchIntuneDetectedApps',
				placeholder: 'Select an app...',
				typed: 'text',
			},
			{ name: 'AppID', in: 'query' },
		),
	],
	output: recordsOrFail,
};
