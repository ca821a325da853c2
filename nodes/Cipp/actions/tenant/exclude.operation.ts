import { exclusionOperation } from '../shared/tenant-onboarding';

export const exclude = exclusionOperation(true, {
	value: 'exclude',
	name: 'Exclude',
	action: 'Exclude a tenant from CIPP',
	description:
		"Exclude a customer tenant from CIPP: it leaves CIPP's tenant list, AllTenants work and standards until it is included again; its GDAP access is not changed",
});
