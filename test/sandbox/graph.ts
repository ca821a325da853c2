/**
 * Microsoft Graph as CIPP's PowerShell helpers see it (New-GraphGetRequest / New-GraphPostRequest /
 * Get-GraphToken), reduced to what the sandbox endpoints need. Failures throw GraphError with the
 * message CIPP would surface.
 */
import { PARTNER_TENANT_ID } from './fixtures';
import type { SandboxState, SandboxTenant, SandboxUser } from './fixtures';
import { entraErrorDescription, resolveEntraTenant } from './entra';
import { psString } from './powershell';
import { findCippTenant } from './tenantList';

export class GraphError extends Error {}

export const GRAPH_ERRORS = {
	insufficientPrivileges: 'Insufficient privileges to complete the operation.',
	notLicensed: 'Request not applicable to target tenant.',
	notFound: (id: string) => `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
} as const;

/**
 * The tenant a Graph call for `tenantFilter` reaches. Like CIPP: an empty filter falls back to the
 * partner tenant; with `authCheck` (Get-AuthorisedRequest) the tenant must be in CIPP's tenant list;
 * then a token must be obtainable from Entra for it.
 */
export function graphTenant(state: SandboxState, tenantFilter: unknown, options: { authCheck: boolean }): SandboxTenant {
	const filter = psString(tenantFilter) || PARTNER_TENANT_ID;
	if (options.authCheck && !findCippTenant(state, filter)) {
		throw new GraphError(`Graph request denied for '${filter}': the tenant is not in CIPP's tenant list.`);
	}
	const resolved = resolveEntraTenant(filter, state);
	if ('error' in resolved) {
		throw new GraphError(`Could not get token: ${resolved.error.error}:${entraErrorDescription(resolved.error)}`);
	}
	return resolved.tenant;
}

/**
 * The user id Graph sees in /users/{id}. CIPP pastes the id into the URL unencoded, so everything
 * from a '#' on (e.g. the '#EXT#' of a guest UPN) is cut off as a URL fragment; Graph then
 * percent-decodes the path segment (so a caller may send '%23EXT%23' to keep the '#').
 */
function graphPathId(id: string): string {
	const segment = id.split('#')[0].split('?')[0];
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** GET /users/{id} by object id or UPN. */
export function graphGetUser(state: SandboxState, tenant: SandboxTenant, id: string): SandboxUser {
	const pathId = graphPathId(id);
	const wanted = pathId.toLowerCase();
	const user = state.users.find(
		(u) => u.tenantId === tenant.customerId && (u.id === wanted || u.userPrincipalName.toLowerCase() === wanted),
	);
	if (!user) throw new GraphError(GRAPH_ERRORS.notFound(pathId));
	return user;
}

export function tenantUsers(state: SandboxState, tenant: SandboxTenant): SandboxUser[] {
	return state.users.filter((u) => u.tenantId === tenant.customerId);
}

/** CIPP's GDAP access must include one of `roles` (e.g. User Administrator for password resets). */
export function requireDirectoryRole(tenant: SandboxTenant, roles: string[]): void {
	if (!tenant.gdapRoles.some((role) => roles.includes(role))) {
		throw new GraphError(GRAPH_ERRORS.insufficientPrivileges);
	}
}

/** Get-NormalizedError: CIPP's translation of a few well-known Graph messages. */
export function normalizeGraphError(message: string): string {
	if (message === GRAPH_ERRORS.notLicensed) return 'Required license not available for this tenant';
	return message;
}

// ---------------------------------------------------------------------------------------------
// A small $filter subset for users: startswith/endswith(prop,'x'), prop eq|ne 'x'|true|false|null,
// joined by 'and' and 'or' ('and' binds tighter, as in OData)
// ---------------------------------------------------------------------------------------------

type UserPredicate = (user: SandboxUser) => boolean;

function filterProperty(name: string, sample: SandboxUser): string {
	const hidden = new Set(['tenantId', 'managerId', 'passwordProfile']);
	const property = Object.keys(sample).find((key) => !hidden.has(key) && key.toLowerCase() === name.toLowerCase());
	if (!property) throw new GraphError(`Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
	return property;
}

function parseClause(clause: string, sample: SandboxUser): UserPredicate {
	const text = clause.trim();
	const fn = /^(startswith|endswith)\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)$/i.exec(text);
	if (fn) {
		const property = filterProperty(fn[2], sample);
		const value = fn[3].replace(/''/g, "'").toLowerCase();
		const test = fn[1].toLowerCase() === 'startswith' ? (s: string) => s.startsWith(value) : (s: string) => s.endsWith(value);
		return (user) => typeof user[property] === 'string' && test((user[property] as string).toLowerCase());
	}
	const cmp = /^(\w+)\s+(eq|ne)\s+('(?:[^']|'')*'|true|false|null)$/i.exec(text);
	if (cmp) {
		const property = filterProperty(cmp[1], sample);
		const literal = cmp[3];
		const expected: unknown = literal.startsWith("'")
			? literal.slice(1, -1).replace(/''/g, "'").toLowerCase()
			: JSON.parse(literal.toLowerCase());
		const negate = cmp[2].toLowerCase() === 'ne';
		return (user) => {
			const actual = user[property];
			const value = typeof actual === 'string' ? actual.toLowerCase() : (actual ?? null);
			return (value === expected) !== negate;
		};
	}
	throw new GraphError(`Invalid filter clause: The query specified in the URI is not valid. Syntax error in '${text}'.`);
}

/** Splits on a keyword outside single-quoted strings. */
function splitOutsideQuotes(text: string, keyword: 'and' | 'or'): string[] {
	return text.split(new RegExp(`\\s+${keyword}\\s+(?=(?:[^']*'[^']*')*[^']*$)`, 'i'));
}

export function filterUsers(users: SandboxUser[], filter: string): SandboxUser[] {
	if (!filter.trim() || users.length === 0) return users;
	const alternatives = splitOutsideQuotes(filter, 'or').map((alternative) =>
		splitOutsideQuotes(alternative, 'and').map((clause) => parseClause(clause, users[0])),
	);
	return users.filter((user) => alternatives.some((predicates) => predicates.every((predicate) => predicate(user))));
}
