import { requiredLine } from '../common/fields';
import * as validate from '../common/validators';
import { autopilotPropertyOperation } from '../shared/intune';
import type { Validator } from '../types';

/** CIPP's own rules for the name (Invoke-ExecRenameAPDevice.ps1:20-27), checked before sending. */
const deviceName: Validator = (value, check) => {
	const name = validate.text(value, check);
	const fix = 'Enter at most 15 letters, digits and hyphens, not only digits.';
	if (name.length > 15) validate.invalid(check, `"${name}" is longer than CIPP allows (at most 15 characters).`, fix);
	if (!/^[a-zA-Z0-9-]+$/.test(name)) validate.invalid(check, `"${name}" may contain only letters, digits and hyphens.`, fix);
	if (/^\d+$/.test(name)) validate.invalid(check, `"${name}" is only digits, which CIPP refuses.`, fix);
	return name;
};

export const renameAutopilotDevice = autopilotPropertyOperation({
	value: 'renameAutopilotDevice',
	name: 'Rename Autopilot Device',
	action: 'Rename an Autopilot device',
	description: 'Set the device name a Windows Autopilot device gets at its next Autopilot setup (up to 15 letters, digits or hyphens)',
	endpoint: 'ExecRenameAPDevice',
	field: requiredLine(
		'Device Name',
		'displayName',
		'The new name: at most 15 letters, digits and hyphens, not only digits',
		{ name: 'displayName', in: 'body', validate: deviceName },
		{ placeholder: 'e.g. CONTOSO-LT-0150' },
	),
});
