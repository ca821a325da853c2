import { domainAction } from '../shared/domain';

export const setDefault = domainAction(
	{
		value: 'setDefault',
		name: 'Set Default',
		action: 'Make a domain the default domain',
		description: "Make a verified domain the tenant's default domain (used for new users' names and addresses)",
	},
	'setDefault',
);
