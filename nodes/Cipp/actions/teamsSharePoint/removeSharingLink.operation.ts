import { writes } from '../common/endpoints';
import { additionalFields, requiredLine, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

const idField = (displayName: string, name: string, sendAs: string, example: string) =>
	requiredLine(displayName, name, `The ${sendAs[0].toLowerCase()}${sendAs.slice(1)} field of Get Many Sharing Links`, sendAs, {
		placeholder: `e.g. ${example}`,
	});

export const removeSharingLink: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'removeSharingLink',
	name: 'Remove Sharing Link',
	action: 'Revoke a sharing link on a file',
	description: 'Revoke one sharing link or direct grant on a SharePoint or OneDrive file or folder, by the IDs from Get Many Sharing Links',
	...writes('ExecRemoveSharingLink', 'Sharepoint.Site.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		idField('Drive ID', 'driveId', 'DriveId', 'b!Qm9vb...'),
		idField('Item ID', 'itemId', 'ItemId', '01ABCDEF...'),
		idField('Permission ID', 'permissionId', 'PermissionId', 'aTowIy5mfG1lbWJl...'),
		additionalFields([
			text('Cache ID', 'cacheId', "The link's id field, so CIPP also drops it from its reporting database at once", 'CacheId'),
			text('File Name', 'fileName', "The file's name for CIPP's message", 'FileName'),
		]),
	],
	output: actionResult(),
};
