/** CIPP endpoints behind the node's user operations (beyond the core ones in endpoints/). */
import { GraphError, graphGetUser, graphTenant, normalizeGraphError, requireDirectoryRole } from '../../graph';
import { psString } from '../../powershell';
import type { Endpoint } from '../endpoint';
import * as compromise from './user/compromise';
import * as directoryReads from './user/directoryReads';
import * as exchange from './user/exchange';
import * as identity from './user/identity';
import * as jit from './user/jit';
import * as lifecycle from './user/lifecycle';
import * as scheduler from './user/scheduler';
import * as templates from './user/templates';
import * as photo from './user/photo';
import * as bulk from './user/bulk';
import * as security from './user/security';

/** Invoke-ExecRevokeSessions -> Revoke-CIPPSessions: POST /beta/users/{id}/invalidateAllRefreshTokens. */
const ExecRevokeSessions: Endpoint = {
	name: 'ExecRevokeSessions',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('id'));
		// CIPP names the user only by the Username it is sent: without one the message ends "for ".
		const username = psString(ctx.fromQueryOrBody('Username'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			requireDirectoryRole(tenant, ['User Administrator', 'Privileged Authentication Administrator']);
			const user = graphGetUser(ctx.state, tenant, id);
			user.signInSessionsValidFromDateTime = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
			return { status: 200, body: { Results: `Successfully revoked sessions for ${username}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to revoke sessions for ${username}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ExecRevokeSessions,
	...lifecycle.endpoints,
	...directoryReads.endpoints,
	...security.endpoints,
	...exchange.endpoints,
	...scheduler.endpoints,
	...compromise.endpoints,
	...identity.endpoints,
	...jit.endpoints,
	...templates.endpoints,
	...photo.endpoints,
	...bulk.endpoints,
];
