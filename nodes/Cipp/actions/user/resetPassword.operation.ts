import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { mustChangePasswordParameter, resetPasswordOutput, safeReset, safeResetParameters } from '../safeReset';
import type { CippOperation } from '../types';

export const resetPassword: CippOperation = {
	resource: 'user',
	value: 'resetPassword',
	name: 'Reset Password',
	action: "Reset a user's password",
	description:
		"Reset a user's password to a new one that CIPP generates, safely: accounts holding an admin role are refused, sessions are revoked and the change is verified (each step reported in the output), and the password is included, masked or omitted. Directory-synced users are reset through password writeback and stay pending.",
	...writes('ExecResetPass', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body', encoding: 'graphId' }),
		mustChangePasswordParameter({ name: 'MustChange', in: 'body', encoding: 'boolean' }),
		...safeResetParameters,
	],
	output: resetPasswordOutput,
	run: async (context): Promise<IDataObject[]> => [
		await safeReset(context, { tenantFilter: String(context.values.tenantFilter), userId: String(context.values.userId) }, context.request),
	],
};
