import { templateRemoveOperation } from '../shared/intune';

export const deleteAssignmentFilterTemplate = templateRemoveOperation({
	value: 'deleteAssignmentFilterTemplate',
	name: 'Delete Assignment Filter Template',
	action: "Delete one of CIPP's assignment filter templates",
	description: 'Delete an assignment filter template from CIPP (filters created from it stay)',
	endpoint: 'RemoveAssignmentFilterTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	kind: 'assignment filter',
	searchListMethod: 'searchIntuneAssignmentFilterTemplates',
});
