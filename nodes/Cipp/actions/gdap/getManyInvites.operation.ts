import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyInvites: CippOperation = {
	resource: 'gdap',
	value: 'getManyInvites',
	name: 'Get Many Invites',
	action: 'Get many GDAP invites',
	description:
		'List the GDAP invites CIPP created, one item per invite with the relationship ID (RowKey), invite and onboarding links, role mappings, technician and reference',
	...reads('ListGDAPInvite', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [],
	output: records,
};
