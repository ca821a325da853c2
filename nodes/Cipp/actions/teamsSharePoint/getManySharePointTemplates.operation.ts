import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { parsedRecords } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/** CIPP answers its failure as HTTP 200 JSON text: `[{Results: "Failed to list SharePoint templates: ..."}]`. */
function templatesOutput(response: unknown, context: OutputContext): IDataObject[] {
	const rows = parsedRecords(response);
	const failure = rows.length === 1 ? rows[0].Results : undefined;
	if (typeof failure === 'string') context.fail(failure);
	return rows;
}

export const getManySharePointTemplates: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManySharePointTemplates',
	name: 'Get Many SharePoint Templates',
	action: 'Get many SharePoint provisioning templates',
	description:
		"List CIPP's saved SharePoint provisioning templates (site templates with their document libraries), one item per template with TemplateId, SiteTemplateCount and LibraryCount",
	...reads('ListSharePointTemplates', 'Sharepoint.Admin.Read'),
	list: true,
	parameters: [],
	output: templatesOutput,
};
