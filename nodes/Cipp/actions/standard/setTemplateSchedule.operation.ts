import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { standardsTemplate, runManuallyParameter } from '../shared/standard';
import type { CippOperation } from '../types';

export const setTemplateSchedule: CippOperation = {
	resource: 'standard',
	value: 'setTemplateSchedule',
	name: 'Set Template Schedule',
	action: "Turn a standards template's schedule on or off",
	description: "Let a standards template run on CIPP's schedule, or only when started; drift templates have no schedule",
	...writes('ExecStandardTemplateSchedule', 'Tenant.Standards.ReadWrite'),
	parameters: [
		standardsTemplate({ name: 'TemplateId', in: 'body' }, 'The standards template, from the list or by its GUID'),
		runManuallyParameter,
	],
	output: actionResult(),
};
