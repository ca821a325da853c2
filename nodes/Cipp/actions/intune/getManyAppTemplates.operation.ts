import { parsedRecords } from '../common/readers';
import { templateListOperation } from '../shared/intune';

export const getManyAppTemplates = templateListOperation({
	value: 'getManyAppTemplates',
	name: 'Get Many App Templates',
	action: "Get many of CIPP's app templates",
	description:
		'List the app templates saved in CIPP, one item each with GUID, displayName, appCount, appNames and the Apps with their settings',
	endpoint: 'ListAppTemplates',
	role: 'Endpoint.Application.Read',
	output: parsedRecords,
});
