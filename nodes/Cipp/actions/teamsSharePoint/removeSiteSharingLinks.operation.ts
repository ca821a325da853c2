import { labelChoice } from '../common/fields';
import { siteWriteOperation } from '../shared/teamsSharePoint';

export const removeSiteSharingLinks = siteWriteOperation(
	{
		value: 'removeSiteSharingLinks',
		name: 'Remove Site Sharing Links',
		action: 'Revoke the sharing links of a SharePoint site',
		description:
			"Revoke every anonymous, external, or any sharing link on a site's files at once. CIPP takes the links from its reporting database, so links newer than its last sync stay.",
		endpoint: 'ExecBulkRemoveSharingLinks',
		role: 'Sharepoint.Site.ReadWrite',
		// No link of that scope in CIPP's cache: nothing is revoked (HTTP 200).
		refusals: [/^No cached .*sharing links found/],
	},
	[
		labelChoice('Scope', 'scope', 'Scope', 'Anonymous', {
			'Anyone Links': 'Anonymous',
			'Anyone and External Links': 'External',
			'All Links (Internal Too)': 'All',
		}),
	],
);
