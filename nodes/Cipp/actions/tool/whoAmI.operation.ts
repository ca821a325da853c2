import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const whoAmI: CippOperation = {
	resource: 'tool',
	value: 'whoAmI',
	name: 'Who Am I',
	action: 'Get the API client CIPP sees',
	description:
		'Get the API client these credentials sign in as (app ID and CIPP role) and the permissions CIPP grants it; the cheapest way to test the credentials',
	...reads('me', 'none (any API client)'),
	parameters: [],
	output: parsedRecords,
};
