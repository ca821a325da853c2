import { templateRemoveOperation } from '../shared/intune';

export const deleteTemplate = templateRemoveOperation({
	value: 'deleteTemplate',
	name: 'Delete Template',
	action: "Delete one of CIPP's Intune policy templates",
	description: 'Delete an Intune policy template from CIPP (policies deployed from it stay)',
	endpoint: 'RemoveIntuneTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	kind: 'Intune policy',
	searchListMethod: 'searchIntuneTemplates',
	refusals: [/has already been deleted\.$/],
});
