import { templateListOperation } from '../shared/intune';

export const getManyAssignmentFilterTemplates = templateListOperation({
	value: 'getManyAssignmentFilterTemplates',
	name: 'Get Many Assignment Filter Templates',
	action: "Get many of CIPP's assignment filter templates",
	description: 'List the assignment filter templates saved in CIPP, one item each with GUID, displayName, platform and rule',
	endpoint: 'ListAssignmentFilterTemplates',
	role: 'Endpoint.MEM.Read',
});
