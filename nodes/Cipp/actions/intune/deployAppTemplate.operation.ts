import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { appFields, cippTemplateParameter, queuedAppOutput, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const deployAppTemplate: CippOperation = {
	resource: 'intune',
	value: 'deployAppTemplate',
	name: 'Deploy App Template',
	action: 'Queue the apps of a CIPP app template for tenants',
	description:
		"Queue every app of a CIPP app template for deployment to one or more tenants, each with the template's own assignment unless Assign To overrides it",
	...writes('ExecDeployAppTemplate', 'Endpoint.Application.ReadWrite'),
	parameters: [
		cippTemplateParameter('app', 'searchIntuneAppTemplates', { name: 'templateId', in: 'body' }),
		selectedTenantsParameter,
		additionalFields([appFields.assignTo, { ...appFields.customGroup, send: { ...appFields.customGroup.send, name: 'customGroup' } }]),
	],
	output: queuedAppOutput,
};
