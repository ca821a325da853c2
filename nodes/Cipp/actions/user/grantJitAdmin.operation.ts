import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, labelChoice, requiredParameter, text } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { adminRoleParameter } from '../shared/user';
import type { CippOperation, OutputContext } from '../types';

const result = actionResult();

/** CIPP offers the username as copyField ("User: X"): it is no secret, so it stays in the message. */
function jitOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = (response as IDataObject | undefined)?.Results;
	const plain = Array.isArray(results) ? results.map((entry) => (isRecord(entry) ? { ...entry, copyField: undefined } : entry)) : results;
	return result({ Results: plain }, context);
}

const date = (displayName: string, name: string, description: string) => ({
	displayName,
	name,
	type: 'dateTime' as const,
	default: '',
	description,
});

export const grantJitAdmin: CippOperation = {
	resource: 'user',
	value: 'grantJitAdmin',
	name: 'Grant JIT Admin',
	action: 'Grant a user an admin role for a limited time',
	description:
		'Give an existing user a built-in admin role just in time: now or from a start time, until an end time when CIPP removes the role, disables or deletes the user. CIPP does not report a role it failed to add; check with Get Many JIT Admins.',
	...writes('ExecJITAdmin', 'Identity.Role.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'existingUser', in: 'body', encoding: 'labelValue' }),
		{ ...adminRoleParameter, send: { name: 'AdminRoles', in: 'body', encoding: 'labelValue' } },
		requiredParameter(date('End Time', 'endDate', 'When the access ends'), { name: 'EndDate', in: 'body', validate: validate.unixSeconds }),
		labelChoice('At End', 'expireAction', 'ExpireAction', 'RemoveRoles', {
			'Delete User': 'DeleteUser',
			'Disable User': 'DisableUser',
			'Remove Role': 'RemoveRoles',
		}),
		additionalFields([
			text('Reason', 'reason', "Why the access is needed, kept on the user and in CIPP's tasks", 'reason'),
			{
				property: date('Start Time', 'startDate', 'When the access starts; now if empty'),
				send: { name: 'StartDate', in: 'body', validate: validate.unixSeconds },
			},
		]),
	],
	constants: { body: { userAction: 'select' } },
	output: jitOutput,
	run: async (context) => {
		const body = context.request.body as IDataObject;
		// Without StartDate CIPP starts at 1970 (FromUnixTimeSeconds of nothing): immediate, but its maximum-duration check counts from then.
		const start = (body.StartDate as number | undefined) ?? Math.floor(Date.now() / 1000);
		if ((body.EndDate as number) <= start) {
			validate.invalid(
				{ node: context.node, field: 'End Time', itemIndex: context.itemIndex, access: 'write' },
				'the end time is not after the start time.',
				'Enter an end time in the future (and after Start Time).',
			);
		}
		const request = { ...context.request, body: { ...body, StartDate: start } };
		return grantJitAdmin.output(await context.call(request, grantJitAdmin.role), context);
	},
};
