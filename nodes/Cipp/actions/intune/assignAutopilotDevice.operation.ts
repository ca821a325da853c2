import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, requiredLine, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { autopilotDeviceIdParameter } from '../shared/intune';
import type { CippOperation, StepContext, Validator } from '../types';

/** CIPP reads the user from its user picker's shape, `user.addedFields.userPrincipalName`: a UPN, not an ID. */
const autopilotUser: Validator = (value, check) => {
	const upn = validate.user(value, check) as string;
	if (validate.isGuid(upn)) {
		validate.invalid(check, `"${upn}" is an object ID.`, 'Autopilot assigns users by user principal name, e.g. jane.doe@contoso.com.');
	}
	return { value: upn, label: upn, addedFields: { userPrincipalName: upn } };
};

const output = actionResult();

/**
 * CIPP always writes both userPrincipalName and addressableUserName (the name setup greets the
 * user with) from the user's addedFields, so a greeting name not given is cleared. The Greeting
 * Name field goes into that same object; its description says what leaving it empty does.
 */
async function assignWithGreeting(context: StepContext) {
	const body = context.request.body as IDataObject;
	const greeting = context.values.addressableUserName;
	const user = body.user as IDataObject;
	const withGreeting =
		typeof greeting === 'string' && greeting !== ''
			? { ...user, addedFields: { ...(user.addedFields as IDataObject), addressableUserName: greeting } }
			: user;
	return output(await context.call({ ...context.request, body: { ...body, user: withGreeting } }, 'Endpoint.Autopilot.ReadWrite'), context);
}

export const assignAutopilotDevice: CippOperation = {
	resource: 'intune',
	value: 'assignAutopilotDevice',
	name: 'Assign Autopilot Device',
	action: 'Assign a user to an Autopilot device',
	description:
		"Assign a user to a Windows Autopilot device, so setup greets them by Greeting Name and signs them in. CIPP always writes the greeting name: left empty, the device's greeting name is cleared.",
	...writes('ExecAssignAPDevice', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		autopilotDeviceIdParameter('device'),
		requiredLine(
			'User Principal Name',
			'userPrincipalName',
			'The user to assign, by user principal name',
			{ name: 'user', in: 'body', encoding: 'json', validate: autopilotUser },
			{ placeholder: 'e.g. jane.doe@contoso.com' },
		),
		{
			// Sent inside `user.addedFields` by the run hook, not as a body field of its own.
			property: {
				displayName: 'Greeting Name',
				name: 'addressableUserName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Jane Doe',
				description:
					"The name Autopilot setup greets the user with (CIPP's UI uses the user's display name). Left empty, CIPP clears the device's greeting name.",
			},
			optional: true,
			validate: validate.text,
		},
		additionalFields([
			text('Serial Number', 'serialNumber', "The device's serial number, used only in CIPP's message", 'serialNumber', {
				placeholder: 'e.g. 0F3K9PL24703',
			}),
		]),
	],
	output,
	run: assignWithGreeting,
};
