import type { IDataObject } from 'n8n-workflow';

import { isFailure, readResults } from '../../helpers/results';
import { withoutSecret } from '../common/outputs';
import { tenantParameter, userParameter } from '../common/parameters';
import type { CippOperation, OutputContext } from '../types';

/** CIPP's text for a directory-synced user, whose new password goes through writeback later. */
const WRITEBACK_PENDING = /directory synced|password writeback|not confirmed yet/i;
const PWPUSH_LINK = /^https?:\/\//i;

function resetPasswordOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [result] = readResults(response);
	if (!result || isFailure(result)) context.fail(result?.text ?? 'CIPP returned no result.');
	const secret = result.copyField;
	const isLink = secret !== undefined && PWPUSH_LINK.test(secret);
	// The password belongs in one field only: take it out of CIPP's sentence.
	const message = withoutSecret(result.text, secret, isLink ? '[see passwordLink]' : '[see temporaryPassword]');
	return [
		{
			userId: context.values.userId,
			tenantFilter: context.values.tenantFilter,
			mustChangePassword: context.values.mustChangePassword,
			status: WRITEBACK_PENDING.test(result.text) ? 'pending' : 'success',
			...(secret === undefined ? {} : isLink ? { passwordLink: secret } : { temporaryPassword: secret }),
			message,
		},
	];
}

export const resetPassword: CippOperation = {
	resource: 'user',
	value: 'resetPassword',
	name: 'Reset Password',
	action: "Reset a user's password",
	description:
		"Reset a user's password to a new one that CIPP generates, and return it (or a PwPush link). Directory-synced users are reset through password writeback and come back as pending.",
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
				description: 'Whether the user must choose a new password at the next sign-in',
			},
			send: { name: 'MustChange', in: 'body', encoding: 'boolean' },
		},
	],
	output: resetPasswordOutput,
};
