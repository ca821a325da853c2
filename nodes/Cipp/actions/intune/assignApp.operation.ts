import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { appIdParameter, assignmentFields, assignmentTarget, withAssignmentTarget } from '../shared/intune';
import type { CippOperation } from '../types';

export const assignApp: CippOperation = {
	resource: 'intune',
	value: 'assignApp',
	name: 'Assign App',
	action: 'Assign an Intune app',
	description:
		'Assign an Intune app as required, available or uninstall to all users, all devices or groups, adding to its assignments or replacing them',
	...writes('ExecAssignApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		appIdParameter,
		choiceField(
			'Intent',
			'intent',
			'Whether the app is installed, offered in Company Portal, or removed',
			'Intent',
			'Required',
			choices({ Available: 'Available', Required: 'Required', Uninstall: 'Uninstall' }),
		),
		assignmentTarget('app'),
		additionalFields(assignmentFields('app')),
	],
	output: actionResult(),
	run: withAssignmentTarget('app', 'Endpoint.Application.ReadWrite', actionResult()),
};
