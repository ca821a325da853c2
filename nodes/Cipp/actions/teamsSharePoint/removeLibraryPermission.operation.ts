import { additionalFields, requiredLine, text } from '../common/fields';
import { libraryIdField, siteWriteOperation } from '../shared/teamsSharePoint';

export const removeLibraryPermission = siteWriteOperation(
	{
		value: 'removeLibraryPermission',
		name: 'Remove Library Permission',
		action: "Remove a principal's permission on a library or site",
		description:
			"Remove a user's or group's permission levels on a document library (or the site itself), by the PrincipalId of Get Site Permissions. A library that inherits is first given its own copy of the site's permissions, so the removal applies to that library only.",
		endpoint: 'ExecRemoveLibraryPermission',
		role: 'Sharepoint.Site.ReadWrite',
	},
	[
		requiredLine('Principal ID', 'principalId', 'The PrincipalId field of Get Site Permissions', 'PrincipalId', { placeholder: 'e.g. 14' }),
		additionalFields([
			libraryIdField("The library's list ID, from Get Many Site Libraries; leave out for the site itself"),
			text(
				'Permission Level ID',
				'roleDefinitionId',
				'Only this level (the RoleDefinitionId field); leave out to remove every level the principal holds',
				'RoleDefinitionId',
				{ placeholder: 'e.g. 1073741827' },
			),
			text('Library Name', 'libraryName', "The library's name for CIPP's message", 'LibraryName'),
			text('Principal Name', 'principalName', "The principal's name for CIPP's message", 'PrincipalName'),
		]),
	],
);
