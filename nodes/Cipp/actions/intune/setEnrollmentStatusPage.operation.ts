import { writes } from '../common/endpoints';
import { additionalFields, flag, numberField, pascalFlag, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { selectedTenantParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const setEnrollmentStatusPage: CippOperation = {
	resource: 'intune',
	value: 'setEnrollmentStatusPage',
	name: 'Set Enrollment Status Page',
	action: "Set a tenant's default enrollment status page",
	description:
		'Overwrite the default Windows enrollment status page of a customer tenant. Every option not set is turned off (the timeout is left empty), whatever the page had before.',
	...writes('AddEnrollment', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [
		selectedTenantParameter,
		additionalFields([
			pascalFlag('Allow Reset on Failure', 'allowReset', 'Whether users may reset the device when installation fails'),
			pascalFlag('Allow Use on Failure', 'allowFail', 'Whether users may use the device when installation fails'),
			// CIPP writes the opposite of this value to Graph's blockDeviceSetupRetryByUser (Set-CIPPDefaultAPEnrollment.ps1:24).
			flag('Allow Retry', 'allowRetry', 'Whether users may retry the setup when installation fails', 'blockDevice'),
			pascalFlag('Collect Logs on Failure', 'enableLog', 'Whether to allow log collection when installation fails'),
			text('Error Message', 'errorMessage', 'The message shown when installation fails', 'ErrorMessage', { check: validate.longText }),
			pascalFlag('Install Quality Updates', 'installWindowsUpdates', 'Whether to install Windows quality updates during setup'),
			flag('Only for Autopilot', 'obeeOnly', 'Whether to show the page only to devices provisioned by Autopilot', 'OBEEOnly'),
			pascalFlag('Show Progress', 'showProgress', 'Whether to show app and profile installation progress'),
			numberField(
				{
					displayName: 'Timeout (Minutes)',
					name: 'timeoutMinutes',
					default: 60,
					description: 'Show an error when installation takes longer',
				},
				{ name: 'TimeOutInMinutes', in: 'body' },
			),
		]),
	],
	output: actionResult(),
};
