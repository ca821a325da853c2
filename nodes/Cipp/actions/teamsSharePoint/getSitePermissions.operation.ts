import type { IDataObject } from 'n8n-workflow';

import { additionalFields } from '../common/fields';
import { isRecord, records, resultRecords } from '../common/readers';
import { libraryIdField, siteReadOperation } from '../shared/teamsSharePoint';
import type { CippOperation, OutputContext } from '../types';

/** One item per principal and permission level, each naming the site or library and whether it holds its own permissions. */
function permissionsOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [scope] = resultRecords(response, context);
	if (!isRecord(scope)) return [];
	const { Assignments, ...target } = scope;
	return records(Assignments ?? []).map((assignment) => ({ ...assignment, ...target }));
}

const read = siteReadOperation(
	{
		value: 'getSitePermissions',
		name: 'Get Site Permissions',
		action: 'Get the permissions of a SharePoint site or library',
		description:
			'List who has which permission level on a SharePoint site, or on one of its document libraries, one item per principal and level. Limited Access levels are flagged IsSystemManaged: SharePoint manages them itself.',
		endpoint: 'ListSitePermissions',
		role: 'Sharepoint.Site.Read',
	},
	true,
);

const library = libraryIdField("The library's list ID, from Get Many Site Libraries; leave out for the site itself");

export const getSitePermissions: CippOperation = {
	...read,
	parameters: [...read.parameters, additionalFields([{ ...library, send: { ...library.send, in: 'query' as const } }])],
	output: permissionsOutput,
};
