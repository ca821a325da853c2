/**
 * Sharing and guests: Invoke-ListSharePointSharing (from CIPP's reporting cache),
 * -ExecRemoveSharingLink, -ExecBulkRemoveSharingLinks, -ListSharePointExternalUsers,
 * -ExecRemoveSPOExternalUser.
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../../graph';
import { isPlainObject, omit } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { nowIso, userData } from '../user/data';
import type { Site } from './data';
import { tenantCollaboration } from './data';

/** A row of the SharePointSharingLinks cache. `live`: the permission still exists on the file. */
interface SharingLink {
	id: string;
	siteUrl: string;
	siteName: string;
	driveId: string;
	driveName: string;
	itemId: string;
	itemType: 'File' | 'Folder';
	fileName: string;
	permissionId: string;
	classification: 'Anonymous' | 'External' | 'Internal';
	linkType: string;
	roles: string[];
	expirationDateTime: string | null;
	hasPassword: boolean;
	sharedWith: string[];
	live: boolean;
	cached: boolean;
}

const sharingState = perSandbox(() => ({
	links: new Map<string, SharingLink[]>(),
	/** Sites a guest was added to (by login), beside the sites' own user lists. */
	guestSites: new Map<string, Map<string, string[]>>(),
}));

function link(
	site: Site,
	index: number,
	spec: Pick<SharingLink, 'fileName' | 'classification' | 'roles'> & Partial<SharingLink>,
): SharingLink {
	return {
		id: stableGuid(`${site.siteId}/link/${index}`),
		siteUrl: site.webUrl,
		siteName: site.displayName,
		driveId: `b!${stableGuid(`${site.siteId}/drive`).replace(/-/g, '')}`,
		driveName: 'Documents',
		itemId: `01${stableGuid(`${site.siteId}/item/${index}`).replace(/-/g, '').slice(0, 30).toUpperCase()}`,
		itemType: 'File',
		permissionId: `aTowIy5mfG1lbWJlcnNoaXB8${index}`,
		linkType: spec.classification === 'Internal' ? 'organization' : spec.classification === 'Anonymous' ? 'anonymous' : 'users',
		expirationDateTime: null,
		hasPassword: false,
		sharedWith: [],
		live: true,
		cached: true,
		...spec,
	};
}

/** Sales Hub shares a price list with anyone, a proposals folder with a partner and a plan internally; one OneDrive file is shared with anyone. */
function tenantLinks(state: SandboxState, tenant: SandboxTenant): SharingLink[] {
	const all = sharingState(state).links;
	if (!all.has(tenant.customerId)) {
		const sites = tenantCollaboration(state, tenant).sites;
		const hub = sites.find((site) => site.webUrl.endsWith('/sites/SalesHub'));
		const oneDrive = sites.find((site) => site.isPersonalSite);
		all.set(tenant.customerId, [
			...(hub
				? [
						link(hub, 0, { fileName: 'Price List 2026.xlsx', classification: 'Anonymous', roles: ['write'] }),
						link(hub, 1, {
							fileName: 'Proposals',
							itemType: 'Folder',
							classification: 'External',
							roles: ['read'],
							sharedWith: ['partner@fabrikam.com'],
						}),
						link(hub, 2, { fileName: 'Sales Plan.docx', classification: 'Internal', roles: ['read'] }),
					]
				: []),
			...(oneDrive
				? [
						link(oneDrive, 3, {
							fileName: 'Holiday Photos.zip',
							classification: 'Anonymous',
							roles: ['read'],
							expirationDateTime: '2026-12-31T00:00:00Z',
						}),
					]
				: []),
		]);
	}
	return all.get(tenant.customerId) as SharingLink[];
}

const reportRow = (row: SharingLink) => omit(row, 'live', 'cached');

const ListSharePointSharing: Endpoint = {
	name: 'ListSharePointSharing',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		// New-CIPPDbRequest reads the cache; an unknown tenant simply has no rows.
		const tenant = ctx.state.tenants.find(
			(candidate) =>
				candidate.defaultDomainName.toLowerCase() === psString(ctx.fromQueryOrBody('tenantFilter')).toLowerCase() ||
				candidate.customerId === psString(ctx.fromQueryOrBody('tenantFilter')).toLowerCase(),
		);
		const links = tenant ? tenantLinks(ctx.state, tenant).filter((row) => row.cached) : [];
		const count = (classification: string) => links.filter((row) => row.classification === classification).length;
		return {
			status: 200,
			body: {
				summary: {
					totalLinks: links.length,
					anonymousLinks: count('Anonymous'),
					externalLinks: count('External'),
					internalLinks: count('Internal'),
					linksSynced: !!tenant,
					lastDataRefresh: '2026-08-19T02:00:00Z',
				},
				byScope: [],
				byLinkType: [],
				topSites: [],
				topLibraries: [],
				topRecipients: [],
				links: links.map(reportRow),
			},
		};
	},
};

const ExecRemoveSharingLink: Endpoint = {
	name: 'ExecRemoveSharingLink',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const [driveId, itemId, permissionId, fileName, cacheId] = ['DriveId', 'ItemId', 'PermissionId', 'FileName', 'CacheId'].map((name) =>
			psString(ctx.fromBody(name)),
		);
		const forFile = fileName ? ` for ${fileName}` : '';
		try {
			if (!driveId.trim() || !itemId.trim() || !permissionId.trim()) throw new GraphError('DriveId, ItemId and PermissionId are required.');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const links = tenantLinks(ctx.state, tenant);
			const found = links.find((row) => row.live && row.driveId === driveId && row.itemId === itemId && row.permissionId === permissionId);
			if (!found) throw new GraphError('The resource could not be found.');
			found.live = false;
			// Only with CacheId does CIPP drop the row from its report at once.
			const cached = links.find((row) => row.id === cacheId);
			if (cached) cached.cached = false;
			return { status: 200, body: { Results: `Successfully revoked sharing link${forFile}.` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to revoke sharing link${forFile}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const SCOPES: Record<string, string[]> = {
	Anonymous: ['Anonymous'],
	External: ['Anonymous', 'External'],
	All: ['Anonymous', 'External', 'Internal'],
};

const ExecBulkRemoveSharingLinks: Endpoint = {
	name: 'ExecBulkRemoveSharingLinks',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const siteUrl = psString(ctx.fromBody('SiteUrl'));
		const scopeField = ctx.fromBody('Scope');
		const scope = psString(isPlainObject(scopeField) ? scopeField.value : scopeField) || 'Anonymous';
		try {
			if (!siteUrl) throw new GraphError('SiteUrl is required.');
			if (!SCOPES[scope]) throw new GraphError(`Invalid scope '${scope}'. Valid values: ${Object.keys(SCOPES).join(', ')}.`);
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: false });
			const site = siteUrl.replace(/\/+$/, '');
			const targets = tenantLinks(ctx.state, tenant).filter(
				(row) => row.cached && row.siteUrl.replace(/\/+$/, '') === site && SCOPES[scope].includes(row.classification),
			);
			if (targets.length === 0) {
				const label = scope === 'All' ? '' : `${scope} `;
				return {
					status: 200,
					body: {
						Results: `No cached ${label}sharing links found for ${siteUrl}. Links created since the last sharing sync are not in the cache - run a sync from the Sharing Report page to refresh.`,
					},
				};
			}
			const revoked = targets.map((row) => {
				const text = row.live ? `${row.fileName} (${row.classification})` : `${row.fileName} (already removed)`;
				row.live = false;
				row.cached = false;
				return text;
			});
			return {
				status: 200,
				body: {
					Results: `Revoked ${revoked.length} of ${targets.length} ${scope} sharing link(s) on ${siteUrl}. Note: links created since the last sharing report sync are not covered.`,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to bulk revoke sharing links on ${siteUrl}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const loginOf = (user: SandboxUser) => `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}`;

/** Sites each guest belongs to: the sites' user lists, plus Jane Doe (Contoso's guest) on Sales Hub. */
function guestSites(state: SandboxState, tenant: SandboxTenant): Map<string, string[]> {
	const all = sharingState(state).guestSites;
	if (!all.has(tenant.customerId)) {
		const sites = tenantCollaboration(state, tenant).sites.filter((site) => !site.isPersonalSite);
		const hub = sites.find((site) => site.webUrl.endsWith('/sites/SalesHub'));
		const map = new Map<string, string[]>();
		for (const guest of state.users.filter((user) => user.tenantId === tenant.customerId && user.userType === 'Guest')) {
			const upn = guest.userPrincipalName.toLowerCase();
			const member = sites.filter((site) => site.users.includes(upn)).map((site) => site.webUrl);
			map.set(loginOf(guest), hub && guest.mail === 'jane@gmail.com' ? [...new Set([...member, hub.webUrl])] : member);
		}
		all.set(tenant.customerId, map);
	}
	return all.get(tenant.customerId) as Map<string, string[]>;
}

const ListSharePointExternalUsers: Endpoint = {
	name: 'ListSharePointExternalUsers',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const memberships = guestSites(ctx.state, tenant);
			const guests = ctx.state.users.filter((user) => user.tenantId === tenant.customerId && user.userType === 'Guest');
			const rows = guests.map((guest) => ({
				DisplayName: guest.displayName,
				InvitedAs: guest.mail,
				AcceptedAs: guest.mail,
				LoginName: loginOf(guest),
				UniqueId: stableGuid(`${guest.id}/spo`).replace(/-/g, '').slice(0, 16),
				WhenCreated: guest.createdDateTime,
				InvitedBy: null,
				GuestType: 'Entra B2B',
				InEntra: true,
				EntraUserId: guest.id,
				Source: 'External users store',
				Sites: memberships.get(loginOf(guest)) ?? [],
			}));
			// Guests deleted from Entra whose SharePoint store entry remains.
			const orphans = [...memberships.entries()]
				.filter(([login]) => !guests.some((guest) => loginOf(guest) === login))
				.map(([login, sites]) => ({
					DisplayName: login.split('|').pop(),
					InvitedAs: null,
					AcceptedAs: null,
					LoginName: login,
					UniqueId: null,
					WhenCreated: null,
					InvitedBy: null,
					GuestType: 'Orphaned B2B (not in Entra)',
					InEntra: false,
					EntraUserId: null,
					Source: 'Site membership',
					Sites: sites,
				}))
				.filter((row) => row.Sites.length > 0);
			return { status: 200, body: { Results: [...rows, ...orphans] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to list SharePoint external users: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecRemoveSPOExternalUser: Endpoint = {
	name: 'ExecRemoveSPOExternalUser',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const entraUserId = psString(ctx.fromBody('EntraUserId'));
		let login = psString(ctx.fromBody('LoginName'));
		const siteUrls = [ctx.fromBody('SiteUrls') ?? []].flat().map(psString).filter(Boolean);
		const displayName = psString(ctx.fromBody('DisplayName')) || entraUserId || login;
		try {
			if (!entraUserId && siteUrls.length === 0) {
				throw new GraphError(
					'This entry has no Entra guest account and no known site memberships. The remaining SharePoint store entry cannot be removed (Microsoft deprecated the API) and ages out on its own; revoke any sharing links they hold via the Sharing Report.',
				);
			}
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			// SharePoint knew the guest's sites before the Entra account goes.
			const memberships = guestSites(ctx.state, tenant);
			const messages: string[] = [];
			const errors: string[] = [];
			if (siteUrls.length > 0) {
				if (!login && entraUserId) {
					try {
						login = graphGetUser(ctx.state, tenant, entraUserId).userPrincipalName;
					} catch (error) {
						if (!(error instanceof GraphError)) throw error;
						errors.push(`Could not resolve the user's login for site removal: ${error.message}`);
					}
				}
				if (login) {
					const key = login.includes('|') ? login.toLowerCase() : `i:0#.f|membership|${login.toLowerCase()}`;
					const current = memberships.get(key) ?? [];
					const norm = (url: string) => url.replace(/\/+$/, '').toLowerCase();
					const succeeded = siteUrls.filter((url) => current.some((site) => norm(site) === norm(url)));
					const failed = siteUrls.filter((url) => !succeeded.includes(url));
					memberships.set(
						key,
						current.filter((site) => !succeeded.some((url) => norm(url) === norm(site))),
					);
					if (succeeded.length > 0) messages.push(`Removed from ${succeeded.length} site(s): ${succeeded.join(', ')}.`);
					if (failed.length > 0) errors.push(`Site removal failed on: ${failed.map((url) => `${url}: User cannot be found.`).join('; ')}`);
				}
			}
			if (entraUserId) {
				try {
					const user = graphGetUser(ctx.state, tenant, entraUserId);
					ctx.state.users.splice(ctx.state.users.indexOf(user), 1);
					const deletedDateTime = nowIso();
					user.deletedDateTime = deletedDateTime;
					userData(ctx.state).deleted.push({ tenantId: tenant.customerId, kind: 'user', user, deletedDateTime });
					messages.push('Deleted the Entra guest account, blocking their sign-in.');
				} catch (error) {
					if (!(error instanceof GraphError)) throw error;
					errors.push(`Deleting the Entra guest account failed: ${error.message}`);
				}
			}
			if (messages.length === 0) throw new GraphError(errors.join(' '));
			const issues = errors.length > 0 ? ` Issues: ${errors.join('; ')}` : '';
			return { status: 200, body: { Results: `Removed guest access for ${displayName}: ${messages.join(' ')}${issues}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to remove guest access for ${displayName}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ListSharePointSharing,
	ExecRemoveSharingLink,
	ExecBulkRemoveSharingLinks,
	ListSharePointExternalUsers,
	ExecRemoveSPOExternalUser,
];
