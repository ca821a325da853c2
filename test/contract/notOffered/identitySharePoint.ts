import type { NotOffered } from './types';

/** Identity, Teams-SharePoint and Security incidents (OpenAPI tags Identity > Administration > Users, Identity > Reports, Identity > Administration > Devices, Identity > Administration > Groups, Identity > Administration > Roles, Teams-Sharepoint, Security > Incidents, Security > Defender). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'AddSiteBulk',
		reason: 'duplicate',
		note: 'Creates several sites in one call through the same New-CIPPSharepointSite as Teams & SharePoint → Create Site (AddSite); in n8n each input item creates one site.',
	},
	{
		endpoint: 'ListSharepointAdminUrl',
		reason: 'frontend',
		note: "Redirects the browser to a tenant's SharePoint admin center (a link helper for the web front end).",
	},
	{
		endpoint: 'ListUserPhoto',
		reason: 'frontend',
		note: "Serves a user's profile photo as raw image bytes for the web front end's avatars.",
	},
	{
		endpoint: 'ListUserSettings',
		reason: 'frontend',
		note: "The signed-in CIPP user's own preferences for the web front end; an API client has no such settings.",
	},
];
