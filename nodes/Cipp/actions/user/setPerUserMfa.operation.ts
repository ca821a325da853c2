import { writes } from '../common/endpoints';
import { asLabelValue, requiredChoice } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { requireActiveUser } from '../shared/user';
import type { CippOperation } from '../types';

export const setPerUserMfa: CippOperation = {
	resource: 'user',
	value: 'setPerUserMfa',
	name: 'Set Per-User MFA',
	action: "Set a user's per-user MFA state",
	description:
		"Set a user's legacy per-user MFA state to Enforced, Enabled or Disabled (Conditional Access or security defaults are the modern alternative). The user is checked first; CIPP itself does not read Graph's answer, so check the result with Get Many MFA States.",
	...writes('ExecPerUserMFA', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'userPrincipalName', in: 'body', encoding: 'graphId' }),
		requiredChoice('State', 'state', 'The per-user MFA state to set', asLabelValue('State'), 'Enforced', [
			{ name: 'Disabled', value: 'Disabled' },
			{ name: 'Enabled', value: 'Enabled', description: 'The user is asked to register MFA' },
			{ name: 'Enforced', value: 'Enforced', description: 'MFA is required at every sign-in' },
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const id = String((context.request.body as { userPrincipalName: string }).userPrincipalName);
		// CIPP sends the change in a Graph batch and never reads its answer: an unknown user would still be "Successfully set".
		await requireActiveUser(
			context,
			id,
			`${String(context.values.userId)} is not a user of the tenant, so there is no MFA state to set. Nothing was changed.`,
		);
		return setPerUserMfa.output(await context.call(context.request, setPerUserMfa.role), context);
	},
};
