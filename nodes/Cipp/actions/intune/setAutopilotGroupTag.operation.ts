import * as validate from '../common/validators';
import { autopilotPropertyOperation } from '../shared/intune';
import type { Validator } from '../types';

/** Empty clears the tag; CIPP refuses more than 128 characters (Invoke-ExecSetAPDeviceGroupTag.ps1:21). */
const groupTag: Validator = (value, check) => (String(value ?? '').trim() === '' ? '' : validate.text(value, check, 128));

export const setAutopilotGroupTag = autopilotPropertyOperation({
	value: 'setAutopilotGroupTag',
	name: 'Set Autopilot Group Tag',
	action: "Set an Autopilot device's group tag",
	description: "Set or clear a Windows Autopilot device's group tag (the order ID dynamic groups and profiles match on)",
	endpoint: 'ExecSetAPDeviceGroupTag',
	field: {
		property: {
			displayName: 'Group Tag',
			name: 'groupTag',
			type: 'string',
			default: '',
			placeholder: 'e.g. Sales',
			description: "The new group tag, up to 128 characters; left empty, the device's group tag is cleared",
		},
		send: { name: 'groupTag', in: 'body' },
		validate: groupTag,
	},
});
