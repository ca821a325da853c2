import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const revokeSessions: CippOperation = {
	resource: 'user',
	value: 'revokeSessions',
	name: 'Revoke Sessions',
	action: "Revoke a user's sign-in sessions",
	description:
		'Sign a user out everywhere: invalidates every refresh token and session cookie, so each app and device must sign in again. Use after a compromise, together with Reset Password.',
	...writes('ExecRevokeSessions', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'id', in: 'body', encoding: 'graphId' })],
	output: actionResult(),
	// CIPP names the user in its answer only by the Username it is sent ("…sessions for " without one).
	run: async (context) => {
		(context.request.body as IDataObject).Username = String(context.values.userId);
		return revokeSessions.output(await context.call(context.request, revokeSessions.role), context);
	},
};
