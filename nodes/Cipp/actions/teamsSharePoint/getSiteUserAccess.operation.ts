import type { IDataObject } from 'n8n-workflow';

import { additionalFields } from '../common/fields';
import { userParameter } from '../common/pickers';
import { isRecord, records, resultRecords } from '../common/readers';
import { libraryIdField, siteReadOperation } from '../shared/teamsSharePoint';
import type { CippOperation, OutputContext } from '../types';

/** One item per access route, each carrying the answer's summary (HasAccess, TargetLabel, ...). */
function accessOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [answer] = resultRecords(response, context);
	if (!isRecord(answer)) return [];
	const { Paths, ...summary } = answer;
	const paths = records(Paths ?? []);
	return paths.length ? paths.map((path) => ({ ...path, ...summary })) : [summary];
}

const read = siteReadOperation(
	{
		value: 'getSiteUserAccess',
		name: 'Get Site User Access',
		action: 'Get how a user can reach a SharePoint site or library',
		description:
			'Explain every route by which one user reaches a SharePoint site or library (direct grant, SharePoint or directory group, tenant-wide claim, site admin, sharing link) with its permission level, one item per route; a user without access gives one item with HasAccess false',
		endpoint: 'ListSiteUserAccess',
		role: 'Sharepoint.Site.Read',
	},
	true,
	[
		userParameter(
			{ name: 'UserPrincipalName', in: 'query', encoding: 'graphId' },
			{ description: 'The user whose access to check, by user principal name or object ID' },
		),
	],
);

const library = libraryIdField("The library's list ID, from Get Many Site Libraries; leave out for the site itself");

export const getSiteUserAccess: CippOperation = {
	...read,
	parameters: [...read.parameters, additionalFields([{ ...library, send: { ...library.send, in: 'query' as const } }])],
	output: accessOutput,
};
