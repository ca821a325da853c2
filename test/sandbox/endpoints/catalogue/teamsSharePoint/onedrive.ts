/** OneDrive: Invoke-ExecOneDriveProvision, -ExecSetOneDriveSharing, -ExecOneDriveShortCut. */
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import type { Site } from './data';
import { newOneDrive, tenantCollaboration } from './data';

function oneDriveOf(state: SandboxState, tenant: SandboxTenant, user: SandboxUser): Site {
	const site = tenantCollaboration(state, tenant).sites.find(
		(candidate) => candidate.isPersonalSite && candidate.ownerPrincipalName.toLowerCase() === user.userPrincipalName.toLowerCase(),
	);
	// GET /users/{id}/drive for a user without a OneDrive.
	if (!site) throw new GraphError("Unable to retrieve user's mysite URL.");
	return site;
}

const ExecOneDriveProvision: Endpoint = {
	name: 'ExecOneDriveProvision',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const emails = [coalesce(ctx.fromBody('UserPrincipalName'), ctx.fromQuery('UserPrincipalName'))].flat().map(psString);
		try {
			const tenant = graphTenant(ctx.state, coalesce(ctx.fromBody('tenantFilter'), ctx.fromQuery('tenantFilter')), { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			for (const email of emails) {
				// RequestPersonalSites queues each known user; SharePoint ignores names it does not know.
				const user = ctx.state.users.find(
					(candidate) => candidate.tenantId === tenant.customerId && candidate.userPrincipalName.toLowerCase() === email.toLowerCase(),
				);
				const exists =
					user && data.sites.some((site) => site.isPersonalSite && site.ownerPrincipalName.toLowerCase() === email.toLowerCase());
				if (user && !exists) data.sites.push(newOneDrive(tenant, user));
			}
			return { status: 200, body: { Results: `Successfully requested personal site for ${emails.join(', ')}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to request personal site for ${emails.join(', ')}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

const SHARING = ['Disabled', 'ExternalUserSharingOnly', 'ExternalUserAndGuestSharing', 'ExistingExternalUserSharingOnly'];
/** How wide each level opens sharing, to compare with the tenant's setting. */
const WIDTH: Record<string, number> = {
	disabled: 0,
	existingexternalusersharingonly: 1,
	externalusersharingonly: 2,
	externaluserandguestsharing: 3,
};

const ExecSetOneDriveSharing: Endpoint = {
	name: 'ExecSetOneDriveSharing',
	role: 'Teams.SharePoint.ReadWrite',
	handle(ctx) {
		const upn = psString(ctx.fromBody('UPN'));
		const field = ctx.fromBody('SharingCapability');
		const capability = psString(coalesce(isPlainObject(field) ? field.value : undefined, field));
		try {
			if (!SHARING.some((entry) => entry.toLowerCase() === capability.toLowerCase())) {
				throw new GraphError(
					`Cannot validate argument on parameter 'SharingCapability'. The argument "${capability}" does not belong to the set "${SHARING.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
				);
			}
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			let site: Site;
			try {
				site = oneDriveOf(ctx.state, tenant, graphGetUser(ctx.state, tenant, upn));
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				throw new GraphError(`Failed to set OneDrive sharing for ${upn}. Error: ${normalizeGraphError(error.message)}`);
			}
			const tenantWidth = WIDTH[String(data.settings.sharingCapability).toLowerCase()];
			if (WIDTH[capability.toLowerCase()] > tenantWidth) {
				// ProcessQuery answers with ErrorInfo: CIPP returns the text with HTTP 200.
				return {
					status: 200,
					body: {
						Results: `Failed to set OneDrive sharing for ${upn} : The sharing setting cannot be more permissive than the organization-level setting.`,
					},
				};
			}
			site.sharingCapability = capability;
			return { status: 200, body: { Results: `Successfully set OneDrive sharing to '${capability}' for ${upn} (${site.webUrl})` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to set OneDrive sharing: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecOneDriveShortCut: Endpoint = {
	name: 'ExecOneDriveShortCut',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const username = psString(ctx.fromBody('username'));
		const field = ctx.fromBody('siteUrl');
		let url = psString(isPlainObject(field) ? field.value : undefined);
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const data = tenantCollaboration(ctx.state, tenant);
			const browserId = /[?&]id=([^&]+)/.exec(url);
			if (browserId) {
				const parsed = new URL(url);
				url = `${parsed.protocol}//${parsed.host}${decodeURIComponent(browserId[1])}`;
			}
			const site = data.sites
				.filter((candidate) => !candidate.isPersonalSite)
				.filter((candidate) => {
					const root = candidate.webUrl.replace(/\/+$/, '');
					return url.startsWith(`${root}/`) || url === root;
				})
				.sort((a, b) => b.webUrl.length - a.webUrl.length)[0];
			if (!site) throw new GraphError(`Could not find a SharePoint site matching URL: ${url}`);
			const relative = url.slice(site.webUrl.replace(/\/+$/, '').length).replace(/^\/+/, '');
			let name = site.displayName;
			if (relative) {
				const [library, ...folders] = relative.split('/').map((part) => decodeURIComponent(part));
				const drive = site.libraries.find((candidate) => candidate.toLowerCase() === library.toLowerCase()) ?? site.libraries[0];
				name = `${site.displayName} / ${folders.length ? folders[folders.length - 1] : drive === 'Shared Documents' ? 'Documents' : drive}`;
			}
			const user = graphGetUser(ctx.state, tenant, username);
			oneDriveOf(ctx.state, tenant, user);
			data.shortcuts.push({ user: user.userPrincipalName, name, url });
			return { status: 200, body: { Results: `Successfully created OneDrive Shortcut for ${username} called ${name}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Could not add OneDrive shortcut to ${username} : ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [ExecOneDriveProvision, ExecSetOneDriveSharing, ExecOneDriveShortCut];
