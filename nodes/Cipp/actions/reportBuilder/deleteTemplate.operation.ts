import { writes } from '../common/endpoints';
import { parsedAction } from '../shared/tenantTest';
import { reportTemplateParameter } from '../shared/reportBuilder';
import type { CippOperation } from '../types';

export const deleteTemplate: CippOperation = {
	resource: 'reportBuilder',
	value: 'deleteTemplate',
	name: 'Delete Template',
	action: 'Delete a report template',
	description: 'Delete a Report Builder template; reports generated from it stay',
	...writes('ExecReportBuilderTemplate', 'CIPP.Core.ReadWrite'),
	constants: { body: { Action: 'delete' } },
	parameters: [reportTemplateParameter('GUID', 'The template to delete, from the list or by its GUID')],
	output: parsedAction(),
};
