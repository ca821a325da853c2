import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

/** CIPP's answer when the user has no method besides the password: nothing was removed, and nothing needed to be. */
const NOTHING_TO_REMOVE = /^No MFA methods found for user/;

const resetMfaResult = actionResult();

export const resetMfa: CippOperation = {
	resource: 'user',
	value: 'resetMfa',
	name: 'Reset MFA',
	action: "Reset a user's MFA methods",
	description:
		'Remove every registered authentication method except the password (or only one method), so the user must register MFA again at the next sign-in. A Method ID the user does not have fails the item; a user without any method gives status noChange.',
	...writes('ExecResetMFA', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'ID', in: 'body' }),
		additionalFields([
			text(
				'Method ID',
				'MethodId',
				'Remove only this authentication method (its ID from Microsoft Graph); leave out to remove all',
				'MethodId',
				{ placeholder: 'e.g. 3179e48a-750b-4051-897c-87b9720928f7' },
			),
		]),
	],
	// A Method ID that matches nothing (mistyped, already removed): CIPP answers 200 without state.
	refusals: [/^No removable MFA method with id .* found for user/],
	output: (response, context) =>
		resetMfaResult(response, context).map((item) =>
			NOTHING_TO_REMOVE.test(String(item.message)) ? { ...item, status: 'noChange' } : item,
		),
};
