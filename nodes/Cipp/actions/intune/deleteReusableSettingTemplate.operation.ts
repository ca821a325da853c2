import { templateRemoveOperation } from '../shared/intune';

export const deleteReusableSettingTemplate = templateRemoveOperation({
	value: 'deleteReusableSettingTemplate',
	name: 'Delete Reusable Setting Template',
	action: "Delete one of CIPP's reusable setting templates",
	description: 'Delete a reusable policy setting template from CIPP (settings deployed from it stay)',
	endpoint: 'RemoveIntuneReusableSettingTemplate',
	role: 'Endpoint.MEM.ReadWrite',
	kind: 'reusable setting',
	searchListMethod: 'searchIntuneReusableSettingTemplates',
});
