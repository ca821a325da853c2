import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteBpaTemplate: CippOperation = {
	resource: 'standard',
	value: 'deleteBpaTemplate',
	name: 'Delete BPA Template',
	action: 'Delete a Best Practice Analyser template',
	description: "Delete a Best Practice Analyser template. CIPP's built-in templates come back the next time the templates are listed.",
	...writes('RemoveBPATemplate', 'Tenant.Standards.ReadWrite'),
	parameters: [
		requiredLine(
			'Template GUID',
			'templateName',
			'The template, by its GUID from Standard → Get Many BPA Templates (its name for custom templates)',
			'TemplateName',
			{ placeholder: 'e.g. CIPPBestPracticeV1.5.BPATemplate.json' },
		),
	],
	output: actionResult(),
};
