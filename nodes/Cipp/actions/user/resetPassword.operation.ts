import type { IDataObject } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import { tenantParameter, userParameter } from '../common/parameters';
import type { CippOperation, ValueCheck } from '../types';
import { resetPasswordOutput, safeReset, safeResetParameters } from './passwordReset';

/**
 * An AI agent may reset a password only with "must change" on: a password that an agent chose to
 * keep would be known to the model and its logs. n8n names a node's tool variant `<type>Tool`.
 */
function mustChangeForAgents(value: unknown, check: ValueCheck): unknown {
	const calledByAgent = check.node.type.endsWith('Tool');
	if (calledByAgent && value !== true && String(value).trim().toLowerCase() !== 'true') {
		validate.invalid(
			check,
			'an AI agent may only reset a password that the user must change at the next sign-in.',
			'Call the tool again with mustChangePassword set to true.',
		);
	}
	return value;
}

export const resetPassword: CippOperation = {
	resource: 'user',
	value: 'resetPassword',
	name: 'Reset Password',
	action: "Reset a user's password",
	description:
		"Reset a user's password to a new one that CIPP generates, safely: accounts holding an admin role are refused, sessions are revoked and the change is verified (each step reported in the output), and the password is included, masked or omitted. Directory-synced users are reset through password writeback and stay pending.",
	endpoint: 'ExecResetPass',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body', encoding: 'graphId' }),
		{
			property: {
				displayName: 'Must Change Password',
				name: 'mustChangePassword',
				type: 'boolean',
				default: true,
				description: 'Whether the user must choose a new password at the next sign-in (always on when an AI agent calls this)',
			},
			send: { name: 'MustChange', in: 'body', encoding: 'boolean' },
			validate: mustChangeForAgents,
		},
		...safeResetParameters,
	],
	output: resetPasswordOutput,
	run: async (context): Promise<IDataObject[]> => [
		await safeReset(context, { tenantFilter: String(context.values.tenantFilter), userId: String(context.values.userId) }, context.request),
	],
};
