/** Reading requests and reaching Exchange, shared by the tenant, group and calendar endpoints. */
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GraphError, graphTenant } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { findCippTenant } from '../../../tenantList';

/** `$X.value ?? $X` of an autocomplete field. */
export function valueOf(field: unknown): unknown {
	return getIgnoreCase(field, 'value') ?? field;
}

/** `$X.value` of an autocomplete field: a bare string gives $null. */
export function strictValueOf(field: unknown): unknown {
	return getIgnoreCase(field, 'value');
}

export const EXCHANGE_SERVER = 'NAMPR01A001.PROD.OUTLOOK.COM';

/** Exchange's answer for an identity it cannot find. */
export function exoNotFound(identity: string): GraphError {
	return new GraphError(`The operation couldn't be performed because object '${identity}' couldn't be found on '${EXCHANGE_SERVER}'.`);
}

/**
 * The tenant an Exchange call (New-ExoRequest) reaches: CIPP's tenant list must have it, and CIPP's
 * GDAP access must include Exchange Administrator.
 */
export function exchangeTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, { authCheck: true });
	if (!tenant.gdapRoles.some((role) => ['Exchange Administrator', 'Global Administrator'].includes(role))) {
		throw new GraphError("The role assigned to application isn't supported in this scenario.");
	}
	return tenant;
}

/** A mailbox (a member user with a licence, so with mail) by UPN, mail or object ID. */
export function findMailbox(state: SandboxState, tenant: SandboxTenant, identity: string): SandboxUser {
	const wanted = identity.trim().toLowerCase();
	const user = state.users.find(
		(candidate) =>
			candidate.tenantId === tenant.customerId &&
			candidate.mail !== null &&
			(candidate.id === wanted || candidate.userPrincipalName.toLowerCase() === wanted || candidate.mail.toLowerCase() === wanted),
	);
	if (!user) throw exoNotFound(identity);
	return user;
}

/** Get-Tenants -TenantFilter: the tenant CIPP manages, or undefined. */
export function cippTenant(state: SandboxState, filter: unknown): SandboxTenant | undefined {
	return typeof filter === 'string' && filter !== '' ? findCippTenant(state, filter) : undefined;
}

export function now(): string {
	return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
