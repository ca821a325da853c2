import { writes } from '../common/endpoints';
import { additionalFields, numberField, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { selectedTenantParameter, settingSwitch } from '../shared/intune';
import type { CippOperation } from '../types';

const option = settingSwitch;

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
			option('Allow Reset on Failure', 'allowReset', 'AllowReset', 'Whether users may reset the device when installation fails'),
			option('Allow Use on Failure', 'allowFail', 'AllowFail', 'Whether users may use the device when installation fails'),
			// CIPP writes the opposite of this value to Graph's blockDeviceSetupRetryByUser (Set-CIPPDefaultAPEnrollment.ps1:24).
			option('Allow Retry', 'allowRetry', 'blockDevice', 'Whether users may retry the setup when installation fails'),
			option('Collect Logs on Failure', 'enableLog', 'EnableLog', 'Whether to allow log collection when installation fails'),
			text('Error Message', 'errorMessage', 'The message shown when installation fails', 'ErrorMessage', { check: validate.longText }),
			option(
				'Install Quality Updates',
				'installWindowsUpdates',
				'InstallWindowsUpdates',
				'Whether to install Windows quality updates during setup',
			),
			option('Only for Autopilot', 'obeeOnly', 'OBEEOnly', 'Whether to show the page only to devices provisioned by Autopilot'),
			option('Show Progress', 'showProgress', 'ShowProgress', 'Whether to show app and profile installation progress'),
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
