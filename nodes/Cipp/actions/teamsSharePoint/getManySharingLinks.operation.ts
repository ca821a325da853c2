import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { isRecord, records } from '../common/readers';
import type { CippOperation } from '../types';

/** ListSharePointSharing answers one report; its links are the records. Without a synced cache there are none to trust. */
function linksOutput(response: unknown): IDataObject[] {
	const report = isRecord(response) ? response : {};
	const summary = isRecord(report.summary) ? report.summary : {};
	const links = records(report.links ?? []);
	if (links.length > 0 || summary.linksSynced === true) return links;
	const message =
		"CIPP has no sharing links cached for this tenant, so none are listed. Sync the SharePointSharingLinks data in CIPP's reporting database first.";
	return [{ status: 'notSynced', message }];
}

export const getManySharingLinks: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'getManySharingLinks',
	name: 'Get Many Sharing Links',
	action: 'Get many SharePoint and OneDrive sharing links',
	description:
		"List the sharing links and external grants on SharePoint and OneDrive files, one item per link with classification (Anonymous, External, Internal), file, site and the IDs that Remove Sharing Link takes. Read from CIPP's reporting database, so links newer than its last sync are missing.",
	...reads('ListSharePointSharing', 'Sharepoint.Site.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: linksOutput,
};
