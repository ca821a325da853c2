/** SharePoint sites: Invoke-ListSites, -AddSite, -DeleteSharepointSite, -ExecSetSharePointMember, -ExecSharePointPerms, -ExecRemoveSiteUser, -ListSharepointQuota, -ListSharepointSettings. */
import { directory, stableGuid, tenantGroups } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import type { Site } from './data';
import { GB, ensureUser, sharePointName, siteByUrl, tenantCollaboration } from './data';
import { recycleSite } from './siteAdmin';

const isAllTenants = (value: unknown) => psString(value).toLowerCase() === 'alltenants';
const round2 = (value: number) => Math.round(value * 100) / 100;

function siteRow(tenant: SandboxTenant, site: Site, state: SandboxState) {
	const owner = state.users.find((user) => user.userPrincipalName.toLowerCase() === site.ownerPrincipalName.toLowerCase());
	return {
		siteId: site.siteId,
		webId: site.webId,
		createdDateTime: site.createdDateTime,
		displayName: site.displayName,
		webUrl: site.webUrl,
		ownerDisplayName: owner?.displayName ?? null,
		ownerPrincipalName: site.ownerPrincipalName,
		lastActivityDate: site.lastActivityDate,
		fileCount: site.fileCount,
		storageUsedInGigabytes: round2(site.storageUsedInBytes / GB),
		storageAllocatedInGigabytes: round2(site.storageAllocatedInBytes / GB),
		storageUsedInBytes: site.storageUsedInBytes,
		storageAllocatedInBytes: site.storageAllocatedInBytes,
		rootWebTemplate: site.rootWebTemplate,
		reportRefreshDate: '2026-08-19',
		AutoMapUrl: site.isPersonalSite
			? ''
			: `tenantId=${tenant.customerId}&webId={${site.webId}}&siteid={${site.siteId}}&webUrl=${site.webUrl}&listId={${stableGuid(`${site.siteId}/library`)}}`,
	};
}

const ListSites: Endpoint = {
	name: 'ListSites',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('TenantFilter');
		const type = ctx.fromQuery('Type');
		if (!tenantFilter) return { status: 400, body: 'TenantFilter is required' };
		if (!type) return { status: 400, body: 'Type is required' };
		const personal = type !== 'SharePointSiteUsage';
		const reportDb = isAllTenants(tenantFilter) || /^true$/i.test(ctx.fromQuery('UseReportDB') ?? '');
		try {
			const tenants = isAllTenants(tenantFilter)
				? cippTenants(ctx.state).filter((tenant) => !tenant.isPartner)
				: [graphTenant(ctx.state, tenantFilter, { authCheck: true })];
			if (!reportDb && type !== 'OneDriveUsageAccount' && type !== 'SharePointSiteUsage') {
				throw new GraphError(`Resource not found for the segment 'get${type}Detail'.`);
			}
			const rows = tenants.flatMap((tenant) =>
				tenantCollaboration(ctx.state, tenant)
					.sites.filter((site) => site.isPersonalSite === personal)
					.map((site) => ({ ...siteRow(tenant, site, ctx.state), ...(reportDb ? { Tenant: tenant.defaultDomainName } : {}) })),
			);
			const shown = /^true$/i.test(ctx.fromQuery('URLOnly') ?? '') ? rows.filter((row) => row.webUrl) : rows;
			return { status: 200, body: shown.sort((a, b) => a.displayName.localeCompare(b.displayName)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: reportDb ? 500 : 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

const TEMPLATES = ['Communication', 'Team'];
const DESIGNS = ['Topic', 'Showcase', 'Blank', 'Custom'];
const valueOf = (field: unknown) => (isPlainObject(field) ? field.value : undefined);

const AddSite: Endpoint = {
	name: 'AddSite',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const siteName = psString(ctx.fromBody('siteName'));
		const description = psString(ctx.fromBody('siteDescription'));
		const owner = psString(valueOf(ctx.fromBody('siteOwner')));
		const template = psString(valueOf(ctx.fromBody('templateName')));
		const design = psString(valueOf(ctx.fromBody('siteDesign')));
		// Parameter binding of New-CIPPSharepointSite, inside AddSite's try block: HTTP 500 with the message.
		const binding = (parameter: string) => `Cannot bind argument to parameter '${parameter}' because it is an empty string.`;
		if (!siteName) return { status: 500, body: { Results: binding('SiteName') } };
		if (!description) return { status: 500, body: { Results: binding('SiteDescription') } };
		if (!owner) return { status: 500, body: { Results: binding('SiteOwner') } };
		if (!TEMPLATES.includes(template)) {
			return {
				status: 500,
				body: {
					Results: `Cannot validate argument on parameter 'TemplateName'. The argument "${template}" does not belong to the set "Communication,Team" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
				},
			};
		}
		if (!DESIGNS.includes(design)) {
			return {
				status: 500,
				body: {
					Results: `Cannot validate argument on parameter 'SiteDesign'. The argument "${design}" does not belong to the set "Topic,Showcase,Blank,Custom" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
				},
			};
		}
		let siteUrl = '';
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			siteUrl = `https://${sharePointName(tenant)}.sharepoint.com/sites/${siteName.replace(/ /g, '').replace(/[^A-Za-z0-9-]/g, '')}`;
			const data = tenantCollaboration(ctx.state, tenant);
			if (siteByUrl(data, siteUrl)) {
				return {
					status: 500,
					body: { Results: `Failed to create new SharePoint site ${siteName} with URL ${siteUrl}. The site already exists.` },
				};
			}
			const user = ensureUser(ctx.state, tenant, owner);
			const upn = user.userPrincipalName.toLowerCase();
			data.sites.push({
				tenantId: tenant.customerId,
				siteId: stableGuid(`${tenant.customerId}/site/${siteUrl}`),
				webId: stableGuid(`${tenant.customerId}/web/${siteUrl}`),
				createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
				displayName: siteName,
				description,
				webUrl: siteUrl,
				isPersonalSite: false,
				rootWebTemplate: template === 'Team' ? 'Team Site' : 'Communication Site',
				groupId: null,
				ownerPrincipalName: user.userPrincipalName,
				lastActivityDate: '',
				fileCount: 0,
				storageUsedInBytes: 0,
				storageAllocatedInBytes: 25_600 * GB,
				owners: [upn],
				members: [],
				visitors: [],
				admins: [upn],
				users: [upn],
				libraries: ['Shared Documents'],
				sharingCapability: 'ExternalUserSharingOnly',
			});
			return { status: 200, body: { Results: `Successfully created new SharePoint site ${siteName} with URL ${siteUrl}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: {
					Results: `Failed to create new SharePoint site ${siteName} with URL ${siteUrl}. Error: ${normalizeGraphError(error.message)}`,
				},
			};
		}
	},
};

const SITE_ID = /^(\{)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(\})?$/;

const DeleteSharepointSite: Endpoint = {
	name: 'DeleteSharepointSite',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const siteId = psString(ctx.fromBody('SiteId'));
		const tenantFilter = ctx.fromBody('tenantFilter');
		try {
			if (!siteId) throw new GraphError('SiteId is required');
			if (!tenantFilter) throw new GraphError('TenantFilter is required');
			if (!SITE_ID.test(siteId)) throw new GraphError('SiteId must be a valid GUID');
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			const wanted = siteId.replace(/[{}]/g, '').toLowerCase();
			const site = data.sites.find((candidate) => candidate.siteId === wanted);
			if (!site) {
				throw new GraphError(`Could not retrieve site information from the SharePoint Admin API: Cannot get site ${wanted}.`);
			}
			data.sites.splice(data.sites.indexOf(site), 1);
			recycleSite(ctx.state, tenant, site);
			if (site.groupId) {
				const groups = directory(ctx.state).groups;
				const index = groups.findIndex((group) => group.id === site.groupId);
				if (index >= 0) groups.splice(index, 1);
				data.teams.delete(site.groupId);
				return {
					status: 200,
					body: {
						Results: `Successfully initiated deletion of group-connected SharePoint site ${site.webUrl}; the backing M365 group (and Team, if any) is deleted with it. This can take some time to complete in the background.`,
					},
				};
			}
			return {
				status: 200,
				body: {
					Results: `Successfully initiated deletion of SharePoint site with ID ${siteId}, this process can take some time to complete in the background`,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to delete SharePoint site with ID ${siteId}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const ROLE_GROUPS: Record<string, 'owners' | 'members' | 'visitors'> = { Owners: 'owners', Members: 'members', Visitors: 'visitors' };

function groupByIdOrMail(state: SandboxState, tenant: SandboxTenant, id: string) {
	const wanted = id.toLowerCase();
	const group = tenantGroups(state, tenant).find(
		(candidate) => candidate.id === wanted || candidate.mail?.toLowerCase() === wanted || candidate.mailNickname.toLowerCase() === wanted,
	);
	if (!group) throw new GraphError(GRAPH_ERRORS.notFound(id));
	return group;
}

const ExecSetSharePointMember: Endpoint = {
	name: 'ExecSetSharePointMember',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const user = ctx.fromBody('user');
		const upn = psString(isPlainObject(user) ? user.value : undefined);
		const add = ctx.fromBody('Add') === true;
		const addedFields = isPlainObject(user) && isPlainObject(user.addedFields) ? user.addedFields : {};
		const role = psString(coalesce(addedFields.Group, ctx.fromBody('Role'), 'Members'));
		const url = psString(ctx.fromBody('URL'));
		try {
			if (!upn) throw new GraphError('No user was selected.');
			if (!ROLE_GROUPS[role]) throw new GraphError(`Invalid role '${role}'. Valid roles are: Owners, Members, Visitors.`);
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			const groupSite = ctx.fromBody('SharePointType') === 'Group';
			if (groupSite && role !== 'Visitors' && (add || addedFields.Type !== 'User')) {
				const group = groupByIdOrMail(ctx.state, tenant, psString(ctx.fromBody('GroupID')));
				const member = graphGetUser(ctx.state, tenant, upn);
				const list = role === 'Owners' ? group.owners : group.members;
				const site = data.sites.find((candidate) => candidate.groupId === group.id);
				const siteList = site ? site[ROLE_GROUPS[role]] : [];
				if (add) {
					if (list.includes(member.id)) {
						if (role === 'Owners')
							throw new GraphError("One or more added object references already exist for the following modified properties: 'owners'.");
						throw new GraphError(
							`Failed to add ${upn} (One or more added object references already exist for the following modified properties: 'members'.).`,
						);
					}
					list.push(member.id);
					siteList.push(member.userPrincipalName.toLowerCase());
				} else {
					if (!list.includes(member.id)) throw new GraphError(GRAPH_ERRORS.notFound(member.id));
					list.splice(list.indexOf(member.id), 1);
					const index = siteList.indexOf(member.userPrincipalName.toLowerCase());
					if (index >= 0) siteList.splice(index, 1);
				}
				const results =
					role === 'Owners'
						? `Successfully ${add ? 'added' : 'removed'} ${upn} as an owner of the M365 group backing the site.`
						: `Successfully ${add ? 'added' : 'removed'} user ${upn} ${add ? 'to' : 'from'} group ${group.displayName}.`;
				return { status: 200, body: { Results: results } };
			}
			if (!url) throw new GraphError('No site URL was provided for this site.');
			const site = siteByUrl(data, url);
			if (!site)
				throw new GraphError(`Could not resolve ${upn} on the site (ensureuser): The remote server returned an error: (404) Not Found.`);
			let member: string;
			try {
				member = ensureUser(ctx.state, tenant, upn).userPrincipalName.toLowerCase();
			} catch (error) {
				throw new GraphError(`Could not resolve ${upn} on the site (ensureuser): ${(error as Error).message}`);
			}
			const list = site[ROLE_GROUPS[role]];
			const label = role.toLowerCase().replace(/s$/, '');
			const article = /^[aeiou]/.test(label) ? 'an' : 'a';
			if (!site.users.includes(member)) site.users.push(member);
			if (add) {
				if (!list.includes(member)) list.push(member);
				return { status: 200, body: { Results: `Successfully added ${upn} as ${article} ${label} of ${url}.` } };
			}
			if (!list.includes(member)) throw new GraphError(`${upn} is not in the site's ${role} group.`);
			list.splice(list.indexOf(member), 1);
			return { status: 200, body: { Results: `Successfully removed ${upn} as ${article} ${label} of ${url}.` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const target = url || psString(ctx.fromBody('GroupID'));
			return { status: 400, body: { Results: `Failed to modify ${role} for ${target}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Set-CIPPSharePointPerms: one message per user; a failure before the loop fails the call. */
const ExecSharePointPerms: Endpoint = {
	name: 'ExecSharePointPerms',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const accessUsers = coalesce(ctx.fromBody('onedriveAccessUser'), ctx.fromBody('user'));
		if (!accessUsers) {
			return {
				status: 400,
				body: {
					Results:
						"No user specified. Supply 'onedriveAccessUser' (or 'user') as a UPN, an array of UPNs, or an object with a 'value' property.",
				},
			};
		}
		const remove = ctx.fromBody('RemovePermission') === true;
		try {
			const names = (Array.isArray(accessUsers) ? accessUsers : [accessUsers])
				.map((entry) => psString(isPlainObject(entry) ? entry.value : entry))
				.filter((entry) => entry.trim() !== '');
			if (names.length === 0) throw new GraphError('No valid user was supplied to grant or remove OneDrive access for.');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			let url = psString(ctx.fromBody('URL'));
			let site: Site | undefined;
			if (!url) {
				const owner = psString(ctx.fromBody('UPN'));
				const user = graphGetUser(ctx.state, tenant, owner);
				site = data.sites.find(
					(candidate) => candidate.isPersonalSite && candidate.ownerPrincipalName.toLowerCase() === user.userPrincipalName.toLowerCase(),
				);
				if (!site)
					throw new GraphError(`Could not determine the OneDrive site URL for ${owner}. The user may not have a provisioned OneDrive.`);
				url = site.webUrl;
			}
			url = url.replace(/\/+$/, '');
			site ??= siteByUrl(data, url);
			const results = names.map((name) => {
				try {
					if (!site) throw new GraphError('The remote server returned an error: (404) Not Found.');
					const member = ensureUser(ctx.state, tenant, name).userPrincipalName.toLowerCase();
					if (!site.users.includes(member)) site.users.push(member);
					if (remove) site.admins = site.admins.filter((admin) => admin !== member);
					else if (!site.admins.includes(member)) site.admins.push(member);
					return `Successfully ${remove ? 'removed' : 'added'} ${name} as a site collection admin of ${url}`;
				} catch (error) {
					if (!(error instanceof GraphError)) throw error;
					return `Failed to change access for ${name} on ${url} - ${error.message}`;
				}
			});
			return { status: 200, body: { Results: results } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 400,
				body: { Results: `Failed. Error: Failed to process SharePoint permissions. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const ExecRemoveSiteUser: Endpoint = {
	name: 'ExecRemoveSiteUser',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const user = ctx.fromBody('user');
		const addedFields = isPlainObject(user) && isPlainObject(user.addedFields) ? user.addedFields : {};
		const value = isPlainObject(user) ? user.value : undefined;
		let login = psString(coalesce(addedFields.LoginName, value));
		const label = psString(coalesce(ctx.fromBody('DisplayName'), value, login));
		const siteUrls = [coalesce(ctx.fromBody('SiteUrls'), ctx.fromBody('SiteUrl'))].flat().map(psString).filter(Boolean);
		try {
			if (siteUrls.length === 0) throw new GraphError('SiteUrl is required.');
			if (!login) throw new GraphError('No user was selected.');
			if (!login.includes('|')) login = `i:0#.f|membership|${login}`;
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			const succeeded: string[] = [];
			const failed: string[] = [];
			for (const url of siteUrls) {
				try {
					const site = siteByUrl(data, url);
					let member: string;
					try {
						if (!site) throw new GraphError('The remote server returned an error: (404) Not Found.');
						member = ensureUser(ctx.state, tenant, login).userPrincipalName.toLowerCase();
					} catch (error) {
						throw new GraphError(`could not resolve the user (ensureuser): ${(error as Error).message}`);
					}
					if (site.admins.includes(member)) {
						throw new GraphError('user is a site collection admin; remove their admin permission first (Remove Site Admin action).');
					}
					for (const key of ['owners', 'members', 'visitors', 'users'] as const) site[key] = site[key].filter((entry) => entry !== member);
					succeeded.push(url);
				} catch (error) {
					if (!(error instanceof GraphError)) throw error;
					failed.push(`${url}: ${error.message}`);
				}
			}
			const messages = [
				...(succeeded.length
					? [`Successfully removed ${label} (all site groups and direct permissions) from: ${succeeded.join(', ')}.`]
					: []),
				...(failed.length ? [`Failed on: ${failed.join('; ')}`] : []),
			].join(' ');
			if (succeeded.length === 0) throw new GraphError(messages);
			return { status: 200, body: { Results: messages } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 400,
				body: { Results: `Failed to remove ${label} from the selected site(s): ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const ListSharepointQuota: Endpoint = {
	name: 'ListSharepointQuota',
	role: 'Sharepoint.Admin.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		if (isAllTenants(tenantFilter)) {
			return {
				status: 200,
				body: { GeoUsedStorageMB: null, TenantStorageMB: null, Percentage: 'Not Supported', Dashboard: 'Not Supported / 100' },
			};
		}
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const sites = tenantCollaboration(ctx.state, tenant).sites.filter((site) => !site.isPersonalSite);
			const used = Math.round(sites.reduce((sum, site) => sum + site.storageUsedInBytes, 0) / 1024 ** 2);
			const licensed = ctx.state.users.filter((user) => user.tenantId === tenant.customerId && user.assignedLicenses.length > 0).length;
			const total = 1_048_576 + licensed * 10_240;
			const percentage = Math.round((used / total) * 100);
			return {
				status: 200,
				body: { GeoUsedStorageMB: used, TenantStorageMB: total, Percentage: percentage, Dashboard: `${percentage} / 100` },
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 200,
				body: { GeoUsedStorageMB: null, TenantStorageMB: null, Percentage: 'Not available', Dashboard: 'Not available / 100' },
			};
		}
	},
};

const ListSharepointSettings: Endpoint = {
	name: 'ListSharepointSettings',
	role: 'Sharepoint.Admin.Read',
	handle(ctx) {
		// No try/catch in CIPP: a failure is an unhandled exception (HTTP 500, plain text).
		const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
		return { status: 200, body: [{ ...tenantCollaboration(ctx.state, tenant).settings }] };
	},
};

export const endpoints: Endpoint[] = [
	ListSites,
	AddSite,
	DeleteSharepointSite,
	ExecSetSharePointMember,
	ExecSharePointPerms,
	ExecRemoveSiteUser,
	ListSharepointQuota,
	ListSharepointSettings,
];
