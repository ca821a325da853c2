import { requiredLine } from '../common/fields';
import { parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getSharePointTemplateDeployment: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getSharePointTemplateDeployment',
	name: 'Get SharePoint Template Deployment',
	action: 'Get the progress of a SharePoint template deployment',
	description:
		"Read a queued SharePoint template deployment's progress (Status and its Steps) by the deploymentId Deploy SharePoint Template gave",
	endpoint: 'ExecSharePointTemplate',
	method: 'POST',
	access: 'read',
	role: 'Sharepoint.Admin.ReadWrite',
	list: true,
	parameters: [
		requiredLine('Deployment ID', 'deploymentId', 'The deploymentId of Deploy SharePoint Template', 'DeploymentId', {
			placeholder: 'e.g. 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
		}),
	],
	constants: { body: { Action: 'DeployStatus' } },
	output: parsedRecords,
};
