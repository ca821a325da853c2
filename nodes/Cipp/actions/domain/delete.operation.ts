import { domainAction } from '../shared/domain';

export const deleteDomain = domainAction(
	{
		value: 'delete',
		name: 'Delete',
		action: 'Remove a domain from a tenant',
		description:
			'Remove a domain from a tenant; Microsoft refuses while users, groups or apps still use it, and the default or initial domain cannot be removed',
	},
	'delete',
);
