import type { IDataObject } from 'n8n-workflow';

import { additionalFields, choices, flag, pascalFlag, required, requiredChoice, text } from '../common/fields';
import { actionResult } from '../common/readers';
import { libraryIdField, siteWriteOperation } from '../shared/teamsSharePoint';
import type { CippOperation, OutputContext } from '../types';

/** CIPP's answer when the library already is as asked: nothing changed, and nothing needed to. */
const NOTHING_TO_CHANGE = /nothing to change\.$/;
const result = actionResult();

const operation = siteWriteOperation(
	{
		value: 'setLibraryInheritance',
		name: 'Set Library Inheritance',
		action: 'Break or restore permission inheritance on a library',
		description:
			"Give a document library its own permissions (a copy of the site's unless Copy Permissions is off) or make it follow the site again, which discards its own permissions. A library already as asked gives status noChange.",
		endpoint: 'ExecSetLibraryInheritance',
		role: 'Sharepoint.Site.ReadWrite',
	},
	[
		required(libraryIdField("The library's list ID, from Get Many Site Libraries")),
		requiredChoice(
			'Inheritance',
			'inheritanceAction',
			'',
			'Action',
			'Break',
			choices({ 'Own Permissions (Break)': 'Break', 'Follow the Site (Reset)': 'Reset' }),
		),
		additionalFields([
			pascalFlag(
				'Clear Item Permissions',
				'clearSubscopes',
				'Whether to reset folders and items inside the library that have their own permissions (Break only)',
			),
			flag(
				'Copy Permissions',
				'copyRoleAssignments',
				"Whether the library starts with a copy of the site's permissions (Break only); off leaves only site collection admins",
				'CopyRoleAssignments',
				true,
			),
			text('Library Name', 'libraryName', "The library's name for CIPP's message", 'LibraryName'),
		]),
	],
);

export const setLibraryInheritance: CippOperation = {
	...operation,
	output: (response: unknown, context: OutputContext): IDataObject[] =>
		result(response, context).map((item) => (NOTHING_TO_CHANGE.test(String(item.message)) ? { ...item, status: 'noChange' } : item)),
};
