import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyExtensionSyncs: CippOperation = {
	resource: 'administration',
	value: 'getManyExtensionSyncs',
	name: 'Get Many Extension Sync Tasks',
	action: 'Get many extension sync tasks',
	description:
		"List the extensions' sync tasks (Hudu, NinjaOne and others), one item per tenant and sync type, with schedule and last results",
	...reads('ListExtensionSync', 'CIPP.Extension.Read'),
	list: true,
	parameters: [],
	output: parsedRecords,
};
