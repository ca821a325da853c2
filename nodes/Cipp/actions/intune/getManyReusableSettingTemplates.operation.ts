import { templateListOperation } from '../shared/intune';

export const getManyReusableSettingTemplates = templateListOperation({
	value: 'getManyReusableSettingTemplates',
	name: 'Get Many Reusable Setting Templates',
	action: "Get many of CIPP's reusable setting templates",
	description: 'List the reusable policy setting templates saved in CIPP, one item each with GUID, displayName and RawJSON',
	endpoint: 'ListIntuneReusableSettingTemplates',
	role: 'Endpoint.MEM.Read',
});
