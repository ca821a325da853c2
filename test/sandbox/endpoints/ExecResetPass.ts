/**
 * /api/ExecResetPass (any method): reset a user's password to a CIPP-generated one.
 * Invoke-ExecResetPass -> Set-CIPPResetPassword, CIPP 10.8.x.
 */
import type { SandboxTenant, SandboxUser } from '../fixtures';
import type { HttpResult } from '../http';
import { GraphError, graphGetUser, graphTenant, requireDirectoryRole } from '../graph';
import { generatePassword, pwPushLink } from '../password';
import { coalesce, convertToBoolean, psString } from '../powershell';
import type { Endpoint, EndpointContext } from './endpoint';

const RESET_ROLES = ['User Administrator', 'Privileged Authentication Administrator', 'Global Administrator'];

export const RESET_ERRORS = {
	complexity:
		'The specified password does not comply with password complexity requirements. Please provide a different password. The password does not meet the complexity requirements.',
	noWriteback:
		'This user is directory synced and password writeback is not enabled for the tenant. Enable password writeback in Entra Connect or reset the password in on-premises Active Directory.',
	/** PATCH /users/ (no id): Graph refuses to patch the users collection. */
	noUserId: 'Specified HTTP method is not allowed for the request target.',
} as const;

interface ResetRequest {
	tenantFilter: unknown;
	id: string;
	mustChange: boolean;
	/** "<displayName>, <ID>" as used in every message. */
	subject: string;
}

function setPassword(user: SandboxUser, password: string, forceChange: boolean, applied: boolean): void {
	user.passwordProfile = { password, forceChangePasswordNextSignIn: forceChange };
	if (applied) {
		const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
		user.lastPasswordChangeDateTime = now;
		user.refreshTokensValidFromDateTime = now;
		user.signInSessionsValidFromDateTime = now;
	}
}

function resetSyncedUser(tenant: SandboxTenant, user: SandboxUser, password: string): void {
	// POST /beta/users/{id}/authentication/methods/.../resetPassword: password writeback, always must-change.
	if (!tenant.passwordWriteback) throw new GraphError(RESET_ERRORS.noWriteback);
	setPassword(user, password, true, false);
}

function resetCloudUser(tenant: SandboxTenant, user: SandboxUser, password: string, mustChange: boolean): void {
	// PATCH /v1.0/users/{id} with passwordProfile
	if (password.length < tenant.passwordMinLength) throw new GraphError(RESET_ERRORS.complexity);
	setPassword(user, password, mustChange, true);
}

/** Set-CIPPResetPassword: returns the Results object, throws GraphError on failure. */
function resetPassword(ctx: EndpointContext, request: ResetRequest): Record<string, string> {
	const password = generatePassword();
	const tenant = graphTenant(ctx.state, request.tenantFilter, { authCheck: true });
	if (!request.id) throw new GraphError(RESET_ERRORS.noUserId);
	const user = graphGetUser(ctx.state, tenant, request.id);
	requireDirectoryRole(tenant, RESET_ROLES);
	const synced = user.onPremisesSyncEnabled === true;
	if (synced) resetSyncedUser(tenant, user, password);
	else resetCloudUser(tenant, user, password, request.mustChange);
	ctx.countPasswordChange();

	const shown = ctx.pwPush ? pwPushLink() : password;
	const resultText = synced
		? `Password reset accepted for ${request.subject}. The new password is ${shown}. This user is directory synced, so the reset was submitted via password writeback and is applied asynchronously - it is not confirmed yet, and will fail if writeback is not enabled or if the on-premises password policy rejects the password. This user must change their password at next logon; that is enforced by this method and cannot be turned off.`
		: `Successfully reset the password for ${request.subject}. User must change password is set to ${psString(request.mustChange)}. The new password is ${shown}`;
	return { resultText, copyField: shown, state: 'success' };
}

/** "<displayName>, <ID>" (displayName defaults to the ID), as used in every message. */
export function resetSubject(fromQueryOrBody: EndpointContext['fromQueryOrBody']): string {
	const id = fromQueryOrBody('ID');
	return `${psString(coalesce(fromQueryOrBody('displayName'), id))}, ${psString(id)}`;
}

/** The answer when Set-CIPPResetPassword fails (e.g. a Graph error). */
export function resetFailure(subject: string, message: string): HttpResult {
	return { status: 500, body: { Results: `Failed to reset password for ${subject}. Error: ${message}` } };
}

export const ExecResetPass: Endpoint = {
	name: 'ExecResetPass',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		// Outside the try block in CIPP: a bad MustChange is an unhandled exception (500, plain text).
		const mustChange = convertToBoolean(ctx.fromQueryOrBody('MustChange'));
		const request: ResetRequest = {
			tenantFilter: ctx.fromQueryOrBody('tenantFilter'),
			id: psString(ctx.fromQueryOrBody('ID')),
			mustChange,
			subject: resetSubject(ctx.fromQueryOrBody),
		};
		try {
			return { status: 200, body: { Results: resetPassword(ctx, request) } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return resetFailure(request.subject, error.message);
		}
	},
};
