import { templateRemoveOperation } from '../shared/intune';

export const deleteAppTemplate = templateRemoveOperation({
	value: 'deleteAppTemplate',
	name: 'Delete App Template',
	action: "Delete one of CIPP's app templates",
	description: 'Delete an app template from CIPP (apps deployed from it stay)',
	endpoint: 'RemoveAppTemplate',
	role: 'Endpoint.Application.ReadWrite',
	kind: 'app',
	searchListMethod: 'searchIntuneAppTemplates',
	refusals: [/^Template not found$/],
});
