import { reads } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const searchUsers: CippOperation = {
	resource: 'administration',
	value: 'searchUsers',
	name: 'Search Users in All Tenants',
	action: 'Search users across every tenant',
	description:
		"Find users in every customer tenant by display name or user principal name (Microsoft's Lighthouse search, up to 5 per tenant and 50 in all), one item per user with _TenantId",
	...reads('ExecUniversalSearch', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		requiredText(
			{
				displayName: 'Search',
				name: 'name',
				placeholder: 'e.g. adele',
				description: 'Text the display name or user principal name contains',
			},
			{ name: 'name', in: 'query' },
		),
	],
	output: recordsOrFail,
};
