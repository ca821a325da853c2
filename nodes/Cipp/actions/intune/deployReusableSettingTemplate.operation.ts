import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { cippTemplateParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const deployReusableSettingTemplate: CippOperation = {
	resource: 'intune',
	value: 'deployReusableSettingTemplate',
	name: 'Deploy Reusable Setting Template',
	action: 'Deploy a reusable setting template to a tenant',
	description:
		"Create a reusable policy setting from one of CIPP's templates in a customer tenant. A setting of the same name is overwritten with the template, or left alone when it already matches.",
	...writes('AddIntuneReusableSetting', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		cippTemplateParameter('reusable setting', 'searchIntuneReusableSettingTemplates', { name: 'TemplateId', in: 'body' }),
	],
	output: actionResult(),
};
