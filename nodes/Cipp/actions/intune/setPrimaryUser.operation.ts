import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { deviceParameter, tenantParameter, userParameter } from '../common/pickers';
import { actionResult, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();

/**
 * CIPP links the user as `users('<value>')` and names it in its message only when the value is an
 * object ID (CIPP's own UI sends IDs), so a user principal name is first resolved to its object ID.
 */
async function resolveUserId(context: StepContext, user: string): Promise<string> {
	if (validate.isGuid(user)) return user;
	const tenantFilter = String(context.values.tenantFilter);
	const answer = await context.call(
		{ method: 'GET', endpoint: 'ListUsers', qs: { tenantFilter, UserID: user.replace(/#/g, '%23') } },
		'Identity.User.Read',
	);
	const id = records(answer)[0]?.id;
	if (typeof id !== 'string' || !validate.isGuid(id)) context.fail(`User ${user} was not found in ${tenantFilter}.`);
	return id as string;
}

export const setPrimaryUser: CippOperation = {
	resource: 'intune',
	value: 'setPrimaryUser',
	name: 'Set Primary User',
	action: "Change an Intune device's primary user",
	description:
		'Make a user the primary user of an Intune managed device (the owner shown in Intune and Company Portal). A user principal name is first looked up (User → Get) to send CIPP the object ID it expects.',
	...writes('ExecDeviceAction', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		deviceParameter({ name: 'GUID', in: 'body' }),
		userParameter(
			{ name: 'user', in: 'body', encoding: 'labelValue' },
			{
				displayName: 'Primary User',
				name: 'primaryUser',
				description: 'The new primary user, by object ID (or user principal name, looked up first)',
			},
		),
	],
	constants: { body: { Action: 'users' } },
	output,
	run: async (context) => {
		const id = await resolveUserId(context, String(context.values.primaryUser));
		const body = { ...(context.request.body as IDataObject), user: { value: id, label: id } };
		return output(await context.call({ ...context.request, body }, 'Endpoint.MEM.ReadWrite'), context);
	},
};
