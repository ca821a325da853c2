import { reads } from '../common/endpoints';
import { isRecord, records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyCippUsers: CippOperation = {
	resource: 'administration',
	value: 'getManyCippUsers',
	name: 'Get Many CIPP Users',
	action: "Get many of the people allowed into CIPP's portal",
	description:
		"List the people CIPP lets into its portal, one item per person with their roles (manual, from Entra group sync, and the two combined). Needs an API client with CIPP's superadmin role.",
	...reads('ListCIPPUsers', 'CIPP.SuperAdmin.Read'),
	list: true,
	parameters: [],
	output: (response) => records(isRecord(response) ? response.Users : response),
};
