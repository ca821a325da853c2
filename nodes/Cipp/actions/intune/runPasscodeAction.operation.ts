import { choiceField, choices } from '../common/fields';
import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { deviceParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

const result = actionResult();

/** A reset passcode Intune hands back at once is in CIPP's text: also given as its own field. */
function passcodeOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [item] = result(response, context);
	const passcode = /New passcode: (\S+)$/.exec(String(item.message))?.[1];
	const queued = /queued/i.test(String(item.message));
	return [{ ...item, ...(queued ? { status: 'queued' } : {}), ...(passcode ? { passcode } : {}) }];
}

export const runPasscodeAction: CippOperation = {
	resource: 'intune',
	value: 'runPasscodeAction',
	name: 'Run Passcode Action',
	action: "Reset or remove a mobile device's passcode",
	description:
		'Reset the passcode of a mobile device (the new passcode is returned in passcode when Intune gives it at once) or remove its passcode requirement',
	...writes('ExecDevicePasscodeAction', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		deviceParameter({ name: 'GUID', in: 'body' }),
		choiceField(
			'Action',
			'passcodeAction',
			'What to do with the passcode',
			'Action',
			'resetPasscode',
			choices({ 'Remove Passcode Requirement': 'removeDevicePasscode', 'Reset Passcode': 'resetPasscode' }),
		),
	],
	output: passcodeOutput,
};
