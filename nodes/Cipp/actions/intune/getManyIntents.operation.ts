import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyIntents: CippOperation = {
	resource: 'intune',
	value: 'getManyIntents',
	name: 'Get Many Intents',
	action: 'Get many Intune security baselines and endpoint security intents',
	description:
		'List the security baselines and endpoint security profiles (Intune intents) of a customer tenant, one item each with its settings and categories',
	...reads('ListIntuneIntents', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
