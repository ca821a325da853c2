import { policyListOperation } from '../shared/intune';

export const getManyAppProtectionPolicies = policyListOperation({
	value: 'getManyAppProtectionPolicies',
	name: 'Get Many App Protection Policies',
	action: 'Get many app protection and app configuration policies',
	description:
		'List the app protection (MAM) and app configuration policies of a customer tenant, one item each with URLName, PolicySource and its assignments',
	endpoint: 'ListAppProtectionPolicies',
});
