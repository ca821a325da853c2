import { policyListOperation } from '../shared/intune';

export const getManyCompliancePolicies = policyListOperation({
	value: 'getManyCompliancePolicies',
	name: 'Get Many Compliance Policies',
	action: 'Get many device compliance policies',
	description:
		'List the Intune device compliance policies of a customer tenant, one item each with PolicyTypeName, PolicyAssignment and PolicyExclude',
	endpoint: 'ListCompliancePolicies',
});
