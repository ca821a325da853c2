/**
 * Site and library permissions: Invoke-ListSitePermissions, -ExecRemoveLibraryPermission,
 * -ExecSetLibraryInheritance, -ExecSetLibraryPermission. A library follows the site's role assignments until its inheritance is broken.
 */
import { perSandbox, stableGuid, tenantGroups } from '../../../directory';
import type { SandboxTenant } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../../graph';
import { convertToBoolean, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import type { Site } from './data';
import { siteByUrl, tenantCollaboration } from './data';

interface Assignment {
	PrincipalId: string;
	Title: string;
	LoginName: string;
	Email: string | null;
	UserPrincipalName: string | null;
	PrincipalType: string;
	IsGuest: boolean;
	PermissionLevel: string;
	RoleDefinitionId: string;
	IsSystemManaged: boolean;
}

const LEVELS = {
	'Full Control': '1073741829',
	Edit: '1073741830',
	Read: '1073741826',
	Contribute: '1073741827',
	'Limited Access': '1073741825',
} as const;

/** Libraries that hold their own permissions, by list ID. */
const libraryState = perSandbox(() => new Map<string, Assignment[]>());

const libraryId = (site: Site, library: string) => stableGuid(`${site.siteId}/library/${library}`);

function siteAssignments(site: Site): Assignment[] {
	const group = (id: string, suffix: string, level: keyof typeof LEVELS): Assignment => ({
		PrincipalId: id,
		Title: `${site.displayName} ${suffix}`,
		LoginName: `${site.displayName} ${suffix}`,
		Email: null,
		UserPrincipalName: null,
		PrincipalType: 'SharePoint Group',
		IsGuest: false,
		PermissionLevel: level,
		RoleDefinitionId: LEVELS[level],
		IsSystemManaged: false,
	});
	const user = (upn: string, id: string, level: keyof typeof LEVELS): Assignment => ({
		PrincipalId: id,
		Title: upn,
		LoginName: `i:0#.f|membership|${upn}`,
		Email: upn,
		UserPrincipalName: upn,
		PrincipalType: 'User',
		IsGuest: /#ext#/i.test(upn),
		PermissionLevel: level,
		RoleDefinitionId: LEVELS[level],
		IsSystemManaged: level === 'Limited Access',
	});
	const owner = site.ownerPrincipalName.toLowerCase();
	return [
		group('3', 'Owners', 'Full Control'),
		group('4', 'Visitors', 'Read'),
		group('5', 'Members', 'Edit'),
		user(owner, '11', 'Contribute'),
		user(owner, '11', 'Limited Access'),
	];
}

interface Scope {
	site: Site;
	listId: string | null;
	label: string;
	unique: boolean;
	assignments: Assignment[];
}

/** Resolve-CIPPSharePointPermissionScope: the site's root web, or one of its libraries by list ID. */
function scopeOf(ctx: EndpointContext, tenant: SandboxTenant, url: string, listId: string | null): Scope {
	if (!url) throw new GraphError('SiteUrl is required.');
	const site = siteByUrl(tenantCollaboration(ctx.state, tenant), url);
	if (!site) throw new GraphError(`Cannot get site ${url}.`);
	if (!listId) return { site, listId: null, label: `site ${site.displayName}`, unique: true, assignments: siteAssignments(site) };
	const library = site.libraries.find((name) => libraryId(site, name) === listId.toLowerCase());
	if (!library) throw new GraphError(`List does not exist. The page you selected contains a list that does not exist.`);
	const own = libraryState(ctx.state).get(listId.toLowerCase());
	return { site, listId: listId.toLowerCase(), label: `library ${library}`, unique: !!own, assignments: own ?? siteAssignments(site) };
}

const ListSitePermissions: Endpoint = {
	name: 'ListSitePermissions',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const listId = psString(ctx.fromQueryOrBody('ListId')) || null;
			const scope = scopeOf(ctx, tenant, psString(ctx.fromQueryOrBody('SiteUrl')), listId);
			const library = listId ? scope.site.libraries.find((name) => libraryId(scope.site, name) === scope.listId) : null;
			return {
				status: 200,
				body: {
					Results: {
						HasUniqueRoleAssignments: scope.unique,
						TargetTitle: library ? (library === 'Shared Documents' ? 'Documents' : library) : scope.site.displayName,
						TargetType: listId ? 'Library' : 'Site',
						Assignments: scope.assignments,
					},
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to list permissions: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecRemoveLibraryPermission: Endpoint = {
	name: 'ExecRemoveLibraryPermission',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const principalId = psString(ctx.fromBody('PrincipalId'));
		const roleId = psString(ctx.fromBody('RoleDefinitionId'));
		const libraryName = psString(ctx.fromBody('LibraryName'));
		let label = psString(ctx.fromBody('PrincipalName') ?? ctx.fromBody('Title')) || principalId;
		try {
			if (!principalId.trim()) throw new GraphError('PrincipalId is required.');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const scope = scopeOf(ctx, tenant, psString(ctx.fromBody('SiteUrl')), psString(ctx.fromBody('ListId')) || null);
			const current = scope.assignments.filter((assignment) => assignment.PrincipalId === principalId);
			if (current.length === 0) throw new GraphError(`${label} holds no permissions on ${scope.label}.`);
			if (label === principalId) label = current[0].Title;
			const matching = current.filter((assignment) => !roleId || assignment.RoleDefinitionId === roleId);
			const targets = matching.filter((assignment) => !assignment.IsSystemManaged);
			if (targets.length === 0) {
				const system = matching.filter((assignment) => assignment.IsSystemManaged).map((assignment) => assignment.PermissionLevel);
				if (system.length > 0) {
					throw new GraphError(
						`${label} only holds ${system.join(', ')} on ${scope.label}. SharePoint manages that level itself and it cannot be removed here; remove the permission that granted it further down instead.`,
					);
				}
				throw new GraphError(`No matching permission found for ${label} on ${scope.label}.`);
			}
			if (!scope.listId) throw new GraphError('Removing permissions on the site root web is not modelled by the sandbox.');
			// A library that inherits gets its own copy of the site's permissions first.
			const broke = !scope.unique;
			libraryState(ctx.state).set(
				scope.listId,
				scope.assignments.filter((assignment) => !targets.includes(assignment)),
			);
			const target = libraryName ? `library ${libraryName}` : scope.label;
			const messages = [
				`Successfully removed ${targets.map((assignment) => assignment.PermissionLevel).join(', ')} from ${label} on ${target}.`,
			];
			if (broke)
				messages.push(
					'Permission inheritance was broken so the change applies to this library only; the permissions it inherited were copied across.',
				);
			return { status: 200, body: { Results: messages.join(' ') } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to remove permission for ${label}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const BUILT_IN: Record<string, string> = {
	read: LEVELS.Read,
	contribute: LEVELS.Contribute,
	design: '1073741828',
	fullControl: LEVELS['Full Control'],
	edit: LEVELS.Edit,
};

/** Invoke-ExecSetLibraryPermission: ensureuser each principal, then addroleassignment (Replace removes the other levels first). */
const ExecSetLibraryPermission: Endpoint = {
	name: 'ExecSetLibraryPermission',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const libraryName = psString(ctx.fromBody('LibraryName'));
		const level = psString(ctx.fromBody('PermissionLevel'));
		const mode = psString(ctx.fromBody('Mode')) || 'Add';
		try {
			const url = psString(ctx.fromBody('SiteUrl'));
			if (!url.trim()) throw new GraphError('SiteUrl is required.');
			const roleId = psString(ctx.fromBody('RoleDefinitionId')) || BUILT_IN[level];
			if (!roleId) throw new GraphError('No permission level was selected.');
			const entries = (name: string) => {
				const given = ctx.fromBody(name);
				return (Array.isArray(given) ? given : given ? [given] : []) as Array<{
					value?: string;
					label?: string;
					addedFields?: { groupTypes?: string[] };
				}>;
			};
			const principalId = psString(ctx.fromBody('PrincipalId'));
			const principals = [
				...(principalId
					? [{ id: principalId, login: null as string | null, label: psString(ctx.fromBody('PrincipalName')) || principalId, group: false }]
					: []),
				...entries('Users')
					.filter((user) => user?.value)
					.map((user) => ({ id: null, login: String(user.value), label: String(user.value), group: false })),
				...entries('Groups')
					.filter((group) => group?.value)
					.map((group) => ({ id: null, login: String(group.value), label: String(group.label ?? group.value), group: true })),
			];
			if (principals.length === 0) throw new GraphError('No users or groups selected.');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const scope = scopeOf(ctx, tenant, url, psString(ctx.fromBody('ListId')) || null);
			if (!scope.listId) throw new GraphError('Granting permissions on the site root web is not modelled by the sandbox.');
			const levelName = (Object.keys(LEVELS) as Array<keyof typeof LEVELS>).find((name) => LEVELS[name] === roleId);
			if (!levelName) throw new GraphError(`The role definition ${roleId} does not exist on the site.`);
			const assignments = [...scope.assignments];
			const granted: string[] = [];
			const failed: string[] = [];
			for (const principal of principals) {
				let id = principal.id;
				let title = principal.label;
				let upn: string | null = null;
				if (!id) {
					if (principal.group) {
						const group = tenantGroups(ctx.state, tenant).find((candidate) => candidate.id === principal.login);
						if (!group) {
							failed.push(`${principal.label} - The group could not be found in the directory.`);
							continue;
						}
						title = group.displayName;
					} else {
						try {
							upn = graphGetUser(ctx.state, tenant, principal.login as string).userPrincipalName;
						} catch {
							failed.push(`${principal.label} - The user could not be found in the directory.`);
							continue;
						}
					}
					const existing = assignments.find(
						(assignment) =>
							assignment.Title.toLowerCase() === title.toLowerCase() || (upn && assignment.UserPrincipalName === upn.toLowerCase()),
					);
					id = existing?.PrincipalId ?? String(20 + assignments.length);
				}
				const held = assignments.filter((assignment) => assignment.PrincipalId === id);
				const template = held[0];
				if (!template && !principal.login) {
					failed.push(`${principal.label} - The principal does not exist on the site.`);
					continue;
				}
				if (mode === 'Replace') {
					for (const assignment of held)
						if (!assignment.IsSystemManaged && assignment.RoleDefinitionId !== roleId)
							assignments.splice(assignments.indexOf(assignment), 1);
				}
				if (!held.some((assignment) => assignment.RoleDefinitionId === roleId)) {
					assignments.push({
						PrincipalId: id,
						Title: template?.Title ?? title,
						LoginName: template?.LoginName ?? (principal.group ? `c:0t.c|tenant|${principal.login}` : `i:0#.f|membership|${upn}`),
						Email: template?.Email ?? (upn ? upn.toLowerCase() : null),
						UserPrincipalName: template?.UserPrincipalName ?? (upn ? upn.toLowerCase() : null),
						PrincipalType: template?.PrincipalType ?? (principal.group ? 'Security Group' : 'User'),
						IsGuest: /#ext#/i.test(upn ?? ''),
						PermissionLevel: levelName,
						RoleDefinitionId: roleId,
						IsSystemManaged: false,
					});
				}
				granted.push(principal.label);
			}
			libraryState(ctx.state).set(scope.listId, assignments);
			const label = level ? (level === 'fullControl' ? 'Full Control' : level[0].toUpperCase() + level.slice(1)) : levelName;
			const target = libraryName ? `library ${libraryName}` : scope.label;
			const messages: string[] = [];
			if (granted.length)
				messages.push(`Successfully ${mode === 'Replace' ? 'set' : 'granted'} ${label} on ${target} for ${granted.join(', ')}.`);
			if (!scope.unique)
				messages.push(
					'Permission inheritance was broken so the change applies to this library only; the permissions it inherited were copied across.',
				);
			if (failed.length) messages.push(`Failed for ${failed.join('; ').replace(/\.+$/, '')}.`);
			return { status: granted.length ? 200 : 400, body: { Results: messages.join(' ') } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const target = libraryName ? `library ${libraryName}` : 'the site root';
			return { status: 400, body: { Results: `Failed to set permission on ${target}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecSetLibraryInheritance: Endpoint = {
	name: 'ExecSetLibraryInheritance',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const libraryName = psString(ctx.fromBody('LibraryName'));
		const action = psString(ctx.fromBody('Action'));
		const copy = ctx.fromBody('CopyRoleAssignments') === undefined ? true : convertToBoolean(ctx.fromBody('CopyRoleAssignments'));
		const clear = ctx.fromBody('ClearSubscopes') === true;
		try {
			const listId = psString(ctx.fromBody('ListId'));
			if (!psString(ctx.fromBody('SiteUrl'))) throw new GraphError('SiteUrl is required.');
			if (!listId) throw new GraphError('ListId is required: a site root web always holds its own permissions.');
			if (!['Break', 'Reset'].includes(action)) throw new GraphError("Action must be 'Break' or 'Reset'.");
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const scope = scopeOf(ctx, tenant, psString(ctx.fromBody('SiteUrl')), listId);
			const target = libraryName ? `library ${libraryName}` : scope.label;
			const own = libraryState(ctx.state);
			if (action === 'Break') {
				if (scope.unique) return { status: 200, body: { Results: `${target} already has its own permissions; nothing to change.` } };
				own.set(scope.listId as string, copy ? [...scope.assignments] : []);
				let detail = copy
					? 'The permissions it inherited were copied across, so current access is unchanged.'
					: 'It started with an empty permission set, so only site collection admins can reach it until permissions are granted.';
				if (clear) detail += ' Unique permissions on folders and items inside it were reset.';
				return { status: 200, body: { Results: `Successfully stopped ${target} inheriting permissions from the site. ${detail}` } };
			}
			if (!scope.unique)
				return { status: 200, body: { Results: `${target} already inherits its permissions from the site; nothing to change.` } };
			own.delete(scope.listId as string);
			return {
				status: 200,
				body: {
					Results: `Successfully restored permission inheritance on ${target}. The permissions that were unique to it have been discarded and it now follows the site.`,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const failTarget = libraryName ? `library ${libraryName}` : 'the library';
			return {
				status: 400,
				body: { Results: `Failed to change permission inheritance on ${failTarget}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

/** Invoke-ListSiteRoleDefinitions: the site's levels by Order, without hidden ones and Limited Access unless IncludeUnassignable. */
const ListSiteRoleDefinitions: Endpoint = {
	name: 'ListSiteRoleDefinitions',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			scopeOf(ctx, tenant, psString(ctx.fromQueryOrBody('SiteUrl')), null);
			const all = psString(ctx.fromQueryOrBody('IncludeUnassignable')).toLowerCase() === 'true';
			const kinds: Record<string, number> = { 'Full Control': 5, Edit: 6, Read: 2, Contribute: 3, 'Limited Access': 1 };
			const rows = (Object.keys(LEVELS) as Array<keyof typeof LEVELS>)
				.filter((name) => all || kinds[name] !== 1)
				.map((name) => ({
					Id: LEVELS[name],
					Name: name,
					Description: `Sandbox ${name} level`,
					RoleTypeKind: kinds[name],
					IsCustom: false,
				}));
			return { status: 200, body: { Results: rows } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to list permission levels: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/**
 * Invoke-ListSiteUserAccess: every route by which one user reaches a site or library. The sandbox
 * has no directory groups on sites, so the routes are direct grants, the site's Owners/Members/Visitors
 * groups and the site collection admins; sharing links are not checked (SharingLinksChecked false).
 */
const ListSiteUserAccess: Endpoint = {
	name: 'ListSiteUserAccess',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const url = psString(ctx.fromQueryOrBody('SiteUrl'));
			if (!url) throw new GraphError('SiteUrl is required.');
			const upn = psString(ctx.fromQueryOrBody('UserPrincipalName'));
			if (!upn) throw new GraphError('UserPrincipalName is required.');
			const user = graphGetUser(ctx.state, tenant, upn);
			const scope = scopeOf(ctx, tenant, url, psString(ctx.fromQueryOrBody('ListId')) || null);
			const login = user.userPrincipalName.toLowerCase();
			const inherits = !!scope.listId && !scope.unique;
			const appliesTo = inherits ? 'Whole site (this library inherits)' : scope.listId ? 'This library only' : 'Whole site';
			const groups: Record<string, string[]> = { Owners: scope.site.owners, Members: scope.site.members, Visitors: scope.site.visitors };
			const paths = scope.assignments.flatMap((assignment) => {
				const kind = assignment.PrincipalType === 'SharePoint Group' ? (assignment.Title.split(' ').pop() ?? '') : '';
				const route =
					assignment.PrincipalType === 'User' && assignment.UserPrincipalName?.toLowerCase() === login
						? { Route: 'Direct grant', Via: 'Granted to this user' }
						: groups[kind]?.includes(login)
							? { Route: 'SharePoint group', Via: `Member of ${assignment.Title} (directly a member)` }
							: null;
				if (!route) return [];
				const system = assignment.PermissionLevel === 'Limited Access';
				return [
					{
						...route,
						PermissionLevel: assignment.PermissionLevel,
						AppliesTo: appliesTo,
						IsSystemManaged: system,
						GrantsRealAccess: !system,
					},
				];
			});
			if (scope.site.admins.includes(login)) {
				paths.push({
					Route: 'Site collection admin',
					Via: 'Named as a site collection administrator',
					PermissionLevel: 'Full Control',
					AppliesTo: 'Whole site collection',
					IsSystemManaged: false,
					GrantsRealAccess: true,
				});
			}
			const real = paths.filter((path) => path.GrantsRealAccess).length;
			return {
				status: 200,
				body: {
					Results: {
						UserPrincipalName: user.userPrincipalName,
						DisplayName: user.displayName,
						IsGuest: user.userType === 'Guest',
						TargetType: scope.listId ? 'Library' : 'Site',
						TargetLabel: scope.label,
						LibraryInherits: inherits,
						HasAccess: real > 0,
						AccessPathCount: real,
						SharingLinksChecked: false,
						Paths: paths,
					},
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to check access: ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ListSitePermissions,
	ExecRemoveLibraryPermission,
	ExecSetLibraryInheritance,
	ExecSetLibraryPermission,
	ListSiteRoleDefinitions,
	ListSiteUserAccess,
];
