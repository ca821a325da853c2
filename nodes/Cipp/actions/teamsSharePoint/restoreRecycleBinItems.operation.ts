import { additionalFields, requiredLine, text } from '../common/fields';
import * as validate from '../common/validators';
import { siteWriteOperation } from '../shared/teamsSharePoint';

export const restoreRecycleBinItems = siteWriteOperation(
	{
		value: 'restoreRecycleBinItems',
		name: 'Restore Recycle Bin Items',
		action: "Restore items from a site's recycle bin",
		description:
			"Restore deleted files, folders or list items from a SharePoint site's recycle bin to where they were, by their IDs from Get Many Recycle Bin Items",
		endpoint: 'ExecRestoreRecycleBinItems',
		role: 'Sharepoint.SiteRecycleBin.ReadWrite',
	},
	[
		requiredLine(
			'Item IDs',
			'itemIds',
			'The recycle bin item IDs (the Id field), separated by commas',
			{ name: 'Ids', in: 'body', encoding: 'stringList' },
			{ placeholder: 'e.g. 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', check: validate.longText },
		),
		additionalFields([
			text(
				'Item Names',
				'itemNames',
				"The items' names for CIPP's message, separated by commas",
				{ name: 'ItemNames', in: 'body', encoding: 'stringList' },
				{ check: validate.longText },
			),
		]),
	],
);
