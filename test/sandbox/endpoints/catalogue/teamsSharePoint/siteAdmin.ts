/**
 * One site's administration: Invoke-ListSiteMembers, -ListSiteLibraries, -ListSiteProperties,
 * -ExecSetSiteProperties (LockState), -ListDeletedSites, -ExecRestoreDeletedSite,
 * -ListSiteRecycleBin, -ExecRestoreRecycleBinItems, -ListSPOVersionCleanup, -ExecSPOVersionCleanup.
 */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { HttpResult } from '../../../http';
import type { Endpoint, EndpointContext } from '../../endpoint';
import type { Site } from './data';
import { sharePointName, siteByUrl, tenantCollaboration } from './data';

interface DeletedSite {
	site: Site;
	deletedAt: string;
}

interface RecycleBinItem {
	Id: string;
	Title: string;
	LeafName: string;
	DirName: string;
	ItemType: string;
	ItemState: string;
	Size: number;
	DeletedByName: string;
	DeletedDate: string;
}

interface CleanupJob {
	BatchDeleteMode: number;
	DeleteOlderThanDays: number;
	MajorVersionLimit: number;
	MajorWithMinorVersionsLimit: number;
	RequestTimeInUTC: string;
}

const siteState = perSandbox(() => ({
	deleted: new Map<string, DeletedSite[]>(),
	recycleBins: new Map<string, RecycleBinItem[]>(),
	lockStates: new Map<string, string>(),
	cleanupJobs: new Map<string, CleanupJob>(),
}));

const urlKey = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();

/** The tenant recycle bin: one site deleted before the sandbox started, then every site DeleteSharepointSite deletes. */
export function deletedSites(state: SandboxState, tenant: SandboxTenant): DeletedSite[] {
	const all = siteState(state).deleted;
	if (!all.has(tenant.customerId)) {
		const template = tenantCollaboration(state, tenant).sites[0];
		const webUrl = `https://${sharePointName(tenant)}.sharepoint.com/sites/OldProjects`;
		const site: Site = {
			...structuredClone(template),
			siteId: stableGuid(`${tenant.customerId}/site/${webUrl}`),
			webId: stableGuid(`${tenant.customerId}/web/${webUrl}`),
			displayName: 'Old Projects',
			webUrl,
			members: [],
			visitors: [],
		};
		all.set(tenant.customerId, [{ site, deletedAt: '2026-08-10T14:02:11Z' }]);
	}
	return all.get(tenant.customerId) as DeletedSite[];
}

/** DeleteSharepointSite: a site without a Microsoft 365 group goes to the tenant recycle bin. */
export function recycleSite(state: SandboxState, tenant: SandboxTenant, site: Site): void {
	if (!site.groupId) deletedSites(state, tenant).push({ site, deletedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
}

/** Get-CIPPSPOSite / the site's REST API: an unknown URL fails like SharePoint. */
function siteOf(ctx: EndpointContext, tenant: SandboxTenant, url: string): Site {
	if (!url) throw new GraphError('SiteUrl is required.');
	const site = siteByUrl(tenantCollaboration(ctx.state, tenant), url);
	if (!site) throw new GraphError(`Cannot get site ${url}.`);
	return site;
}

/** The Results envelope of the newer site endpoints: rows with 200, "Failed ..." with 400. */
function answer(ctx: EndpointContext, tenantField: unknown, failure: string, work: (tenant: SandboxTenant) => unknown): HttpResult {
	try {
		return { status: 200, body: { Results: work(graphTenant(ctx.state, tenantField, { authCheck: true })) } };
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return { status: 400, body: { Results: `${failure}${normalizeGraphError(error.message)}` } };
	}
}

const siteUrlOf = (ctx: EndpointContext) => psString(ctx.fromQueryOrBody('SiteUrl'));

const ListSiteMembers: Endpoint = {
	name: 'ListSiteMembers',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		const filter = ctx.fromQuery('Filter');
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const site = siteOf(ctx, tenant, siteUrlOf(ctx));
			const person = (upn: string, group: string) => {
				const user = ctx.state.users.find((candidate) => candidate.userPrincipalName.toLowerCase() === upn);
				const isGuest = /#ext#/i.test(upn);
				return {
					Title: user?.displayName ?? upn,
					Email: user?.mail ?? upn,
					LoginName: site.groupId && group !== 'Visitors' ? upn : `i:0#.f|membership|${upn}`,
					UserPrincipalName: upn,
					Group: group,
					Type: site.groupId && group !== 'Visitors' ? 'User (via M365 Group)' : 'User',
					IsGuest: isGuest,
					IsSiteAdmin: site.admins.includes(upn),
				};
			};
			const rows = [
				...site.owners.map((upn) => person(upn, 'Owners')),
				...site.members.map((upn) => person(upn, 'Members')),
				...site.visitors.map((upn) => person(upn, 'Visitors')),
				...site.admins
					.filter((upn) => ![...site.owners, ...site.members, ...site.visitors].includes(upn))
					.map((upn) => person(upn, 'Site Admins')),
			];
			return { status: 200, body: { Results: filter === 'External' ? rows.filter((row) => row.IsGuest) : rows } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: normalizeGraphError(error.message) } };
		}
	},
};

const ListSiteLibraries: Endpoint = {
	name: 'ListSiteLibraries',
	role: 'Sharepoint.Site.Read',
	handle: (ctx) =>
		answer(ctx, ctx.fromQueryOrBody('tenantFilter'), 'Failed to list document libraries: ', (tenant) => {
			const site = siteOf(ctx, tenant, siteUrlOf(ctx));
			return site.libraries.map((library) => ({
				Id: stableGuid(`${site.siteId}/library/${library}`),
				Title: library === 'Shared Documents' ? 'Documents' : library,
				Template: 'documentLibrary',
				WebUrl: `${site.webUrl.replace(/\/+$/, '')}/${library.replace(/ /g, '%20')}`,
			}));
		}),
};

function siteProperties(ctx: EndpointContext, site: Site): Record<string, unknown> {
	return {
		Url: site.webUrl,
		Title: site.displayName,
		Template: site.groupId ? 'GROUP#0' : site.isPersonalSite ? 'SPSPERS#10' : 'SITEPAGEPUBLISHING#0',
		SharingCapability: site.sharingCapability,
		DefaultSharingLinkType: 'None',
		DefaultLinkPermission: 'None',
		SharingDomainRestrictionMode: 'None',
		SharingAllowedDomainList: '',
		SharingBlockedDomainList: '',
		OverrideTenantAnonymousLinkExpirationPolicy: false,
		AnonymousLinkExpirationInDays: 0,
		LockState: siteState(ctx.state).lockStates.get(urlKey(site.webUrl)) ?? 'Unlock',
		StorageMaximumLevel: Math.round(site.storageAllocatedInBytes / 1024 ** 2),
		StorageWarningLevel: Math.round((site.storageAllocatedInBytes * 0.98) / 1024 ** 2),
		StorageUsage: Math.round(site.storageUsedInBytes / 1024 ** 2),
		InheritVersionPolicyFromTenant: true,
		EnableAutoExpirationVersionTrim: false,
		MajorVersionLimit: 500,
		ExpireVersionsAfterDays: 0,
	};
}

const ListSiteProperties: Endpoint = {
	name: 'ListSiteProperties',
	role: 'Sharepoint.Site.Read',
	handle: (ctx) =>
		answer(ctx, ctx.fromQuery('tenantFilter'), `Failed to get site properties for ${siteUrlOf(ctx)}: `, (tenant) =>
			siteProperties(ctx, siteOf(ctx, tenant, siteUrlOf(ctx))),
		),
};

const LOCK_STATES = ['Unlock', 'ReadOnly', 'NoAccess'];

/** Invoke-ExecSetSiteProperties with LockState only (the node's use). */
const ExecSetSiteProperties: Endpoint = {
	name: 'ExecSetSiteProperties',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const url = siteUrlOf(ctx);
		const field = ctx.fromBody('LockState');
		const lockState = psString(isPlainObject(field) ? field.value : field);
		return answer(ctx, ctx.fromBody('tenantFilter'), `Failed to update site properties for ${url}: `, (tenant) => {
			if (!lockState) throw new GraphError('No valid properties were provided to set.');
			if (!LOCK_STATES.includes(lockState))
				throw new GraphError(`Invalid LockState '${lockState}'. Valid values: ${LOCK_STATES.join(', ')}.`);
			const site = siteOf(ctx, tenant, url);
			siteState(ctx.state).lockStates.set(urlKey(site.webUrl), lockState);
			return `Successfully updated site properties for ${url}: LockState=${lockState}`;
		});
	},
};

const ListDeletedSites: Endpoint = {
	name: 'ListDeletedSites',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const rows = deletedSites(ctx.state, tenant).map(({ site, deletedAt }) => ({
				Name: site.webUrl.replace(/\/+$/, '').split('/').pop(),
				Url: site.webUrl,
				SiteId: site.siteId,
				Status: 'Recycled',
				DeletionTime: deletedAt,
				DaysRemaining: Math.max(0, 93 - Math.floor((Date.now() - Date.parse(deletedAt)) / 86_400_000)),
				StorageMaximumLevel: Math.round(site.storageAllocatedInBytes / 1024 ** 2),
			}));
			return { status: 200, body: { Results: rows } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to list deleted sites: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecRestoreDeletedSite: Endpoint = {
	name: 'ExecRestoreDeletedSite',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const url = psString(ctx.fromBody('SiteUrl') ?? ctx.fromBody('Url'));
		try {
			if (!url) throw new GraphError('SiteUrl is required.');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const bin = deletedSites(ctx.state, tenant);
			const entry = bin.find((candidate) => urlKey(candidate.site.webUrl) === urlKey(url));
			if (!entry) throw new GraphError(`Cannot find the deleted site ${url}.`);
			bin.splice(bin.indexOf(entry), 1);
			tenantCollaboration(ctx.state, tenant).sites.push(entry.site);
			return { status: 200, body: { Results: `Successfully restored ${url} from the tenant recycle bin.` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to restore ${url}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

function recycleBin(ctx: EndpointContext, site: Site): RecycleBinItem[] {
	const bins = siteState(ctx.state).recycleBins;
	const key = urlKey(site.webUrl);
	if (!bins.has(key)) {
		const path = new URL(site.webUrl).pathname.replace(/\/+$/, '');
		const library = site.libraries[0] ?? 'Shared Documents';
		const item = (name: string, type: string, stage: string, size: number, date: string): RecycleBinItem => ({
			Id: stableGuid(`${site.siteId}/recycle/${name}`),
			Title: name,
			LeafName: name,
			DirName: `${path}/${library}`.replace(/^\//, ''),
			ItemType: type,
			ItemState: stage,
			Size: size,
			DeletedByName: site.ownerPrincipalName,
			DeletedDate: date,
		});
		bins.set(key, [
			item('Q3 Forecast.xlsx', 'File', 'First Stage', 48_213, '2026-08-18T09:12:40Z'),
			item('Archive 2024', 'Folder', 'Second Stage', 1_204_331, '2026-07-02T16:40:05Z'),
		]);
	}
	return bins.get(key) as RecycleBinItem[];
}

const ListSiteRecycleBin: Endpoint = {
	name: 'ListSiteRecycleBin',
	role: 'Sharepoint.SiteRecycleBin.Read',
	handle: (ctx) =>
		answer(ctx, ctx.fromQuery('tenantFilter'), `Failed to list the recycle bin for ${siteUrlOf(ctx)}: `, (tenant) =>
			recycleBin(ctx, siteOf(ctx, tenant, siteUrlOf(ctx))),
		),
};

const ExecRestoreRecycleBinItems: Endpoint = {
	name: 'ExecRestoreRecycleBinItems',
	role: 'Sharepoint.SiteRecycleBin.ReadWrite',
	handle(ctx) {
		const url = siteUrlOf(ctx);
		const ids = [ctx.fromBody('Ids') ?? []].flat().map(psString).filter(Boolean);
		const names = [ctx.fromBody('ItemNames') ?? []].flat().map(psString).filter(Boolean);
		return answer(ctx, ctx.fromBody('tenantFilter'), `Failed to restore recycle bin items on ${url}: `, (tenant) => {
			if (ids.length === 0) throw new GraphError('No recycle bin items were selected.');
			const bin = recycleBin(ctx, siteOf(ctx, tenant, url));
			// RestoreByIds restores all or nothing.
			const missing = ids.find((id) => !bin.some((item) => item.Id === id.toLowerCase()));
			if (missing) throw new GraphError(`RestoreByIds failed: Value does not fall within the expected range.`);
			bin.splice(0, bin.length, ...bin.filter((item) => !ids.map((id) => id.toLowerCase()).includes(item.Id)));
			return `Successfully restored ${names.length > 0 ? names.join(', ') : `${ids.length} item(s)`} from the recycle bin of ${url}.`;
		});
	},
};

const ListSPOVersionCleanup: Endpoint = {
	name: 'ListSPOVersionCleanup',
	role: 'Sharepoint.Site.Read',
	handle(ctx) {
		const url = siteUrlOf(ctx);
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			const site = siteOf(ctx, tenant, url);
			const job = siteState(ctx.state).cleanupJobs.get(urlKey(site.webUrl));
			const result = job
				? {
						Url: site.webUrl,
						WorkItemId: stableGuid(`${site.siteId}/cleanup/${job.RequestTimeInUTC}`),
						Status: 'InProgress',
						...job,
						FilesProcessed: 0,
						VersionsProcessed: 0,
						VersionsDeleted: 0,
						VersionsFailed: 0,
						StorageReleasedInBytes: 0,
						SiteUrl: url,
					}
				: { SiteUrl: url, Status: 'NoJob', Message: 'No file version batch delete job found for this site.' };
			return { status: 200, body: { Results: result } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to retrieve version cleanup status: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecSPOVersionCleanup: Endpoint = {
	name: 'ExecSPOVersionCleanup',
	role: 'Sharepoint.Site.ReadWrite',
	handle(ctx) {
		const url = siteUrlOf(ctx);
		const number = (name: string, fallback: number) => {
			const value = ctx.fromBody(name);
			return value === undefined || value === null ? fallback : Math.trunc(Number(value));
		};
		const job: CleanupJob = {
			BatchDeleteMode: number('BatchDeleteMode', 2),
			DeleteOlderThanDays: number('DeleteOlderThanDays', -1),
			MajorVersionLimit: number('MajorVersionLimit', -1),
			MajorWithMinorVersionsLimit: number('MajorWithMinorVersionsLimit', -1),
			RequestTimeInUTC: new Date().toISOString(),
		};
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			let site: Site;
			try {
				site = siteOf(ctx, tenant, url);
				if (job.BatchDeleteMode === 0 && job.DeleteOlderThanDays < 1)
					throw new GraphError('DeleteOlderThanDays must be a positive number.');
				if (job.BatchDeleteMode === 1 && job.MajorVersionLimit < 1) throw new GraphError('MajorVersionLimit must be a positive number.');
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				throw new GraphError(`SharePoint rejected the version cleanup job for ${url} : ${error.message}`);
			}
			siteState(ctx.state).cleanupJobs.set(urlKey(site.webUrl), job);
			return { status: 200, body: { Results: `Successfully started version cleanup job for ${url}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to start version cleanup: ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ListSiteMembers,
	ListSiteLibraries,
	ListSiteProperties,
	ExecSetSiteProperties,
	ListDeletedSites,
	ExecRestoreDeletedSite,
	ListSiteRecycleBin,
	ExecRestoreRecycleBinItems,
	ListSPOVersionCleanup,
	ExecSPOVersionCleanup,
];
