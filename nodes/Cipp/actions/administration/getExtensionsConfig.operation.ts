import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getExtensionsConfig: CippOperation = {
	resource: 'administration',
	value: 'getExtensionsConfig',
	name: 'Get Extensions Config',
	action: 'Get the configuration of the CIPP extensions',
	description:
		'Get the stored settings of every CIPP extension (HaloPSA, NinjaOne, Hudu, ...) as one item; API keys show as SentToKeyVault',
	...reads('ListExtensionsConfig', 'CIPP.Extension.Read'),
	parameters: [],
	output: records,
};
