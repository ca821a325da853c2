import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';
import { choiceField, choices, inQuery } from '../common/fields';

export const getManyAutopilotConfigs: CippOperation = {
	resource: 'intune',
	value: 'getManyAutopilotConfigs',
	name: 'Get Many Autopilot Configs',
	action: 'Get many Autopilot profiles or enrollment status pages',
	description:
		'List the Windows Autopilot deployment profiles or the enrollment status pages of a customer tenant, one item each with its assignments',
	...reads('ListAutopilotconfig', 'Endpoint.Autopilot.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		choiceField(
			'Type',
			'configType',
			'Which configurations to list',
			inQuery('type'),
			'ApProfile',
			choices({ 'Deployment Profiles': 'ApProfile', 'Enrollment Status Pages': 'ESP' }),
		),
	],
	output: records,
};
