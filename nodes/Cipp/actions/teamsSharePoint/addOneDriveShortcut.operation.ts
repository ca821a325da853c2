import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { siteUrlParameter } from '../shared/teamsSharePoint';
import type { CippOperation } from '../types';

export const addOneDriveShortcut: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'addOneDriveShortcut',
	name: 'Add OneDrive Shortcut',
	action: "Add a SharePoint shortcut to a user's OneDrive",
	description: "Add a shortcut to a SharePoint site's document library, a library or a folder to the root of a user's OneDrive",
	...writes('ExecOneDriveShortCut', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter(
			{ name: 'username', in: 'body', encoding: 'graphId' },
			{ description: 'The OneDrive owner, by user principal name or object ID' },
		),
		siteUrlParameter(
			{ name: 'siteUrl', in: 'body', encoding: 'labelValue' },
			{
				displayName: 'Site or Folder URL',
				placeholder: 'e.g. https://contoso.sharepoint.com/sites/Sales/Shared Documents/Proposals',
				description: 'The site (its default library), a library or a folder, by URL; a browser URL with ?id= works too',
			},
		),
	],
	output: actionResult(),
};
