import { exclusionOperation } from '../shared/tenant-onboarding';

export const include = exclusionOperation(false, {
	value: 'include',
	name: 'Include',
	action: 'Include an excluded tenant in CIPP again',
	description: "Include an excluded customer tenant in CIPP's tenant list again; a tenant that is not excluded fails the item",
});
