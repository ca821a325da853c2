import { domainAction } from '../shared/domain';

export const verify = domainAction(
	{
		value: 'verify',
		name: 'Verify',
		action: 'Verify a domain',
		description: "Ask Microsoft to verify a tenant's domain by its DNS TXT record",
	},
	'verify',
);
