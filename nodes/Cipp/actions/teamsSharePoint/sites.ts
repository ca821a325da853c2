import { records } from '../common/outputs';
import { additionalFields, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { useReportDbProperty } from './shared';

/** ListSites serves SharePoint sites and OneDrives from the same usage report; Type picks which. */
export function siteListOperation(
	type: 'SharePointSiteUsage' | 'OneDriveUsageAccount',
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
): CippOperation {
	return {
		resource: 'teamsSharePoint',
		...operation,
		endpoint: 'ListSites',
		method: 'GET',
		access: 'read',
		role: 'Sharepoint.Site.Read',
		list: true,
		parameters: [
			tenantParameter('query', { allowAllTenants: true }),
			additionalFields([
				{
					property: {
						displayName: 'Only With URL',
						name: 'urlOnly',
						type: 'boolean',
						default: true,
						description: 'Whether to leave out entries without a web URL',
					},
					send: { name: 'URLOnly', in: 'query', encoding: 'boolean' },
				},
				{ property: useReportDbProperty, send: { name: 'UseReportDB', in: 'query', encoding: 'boolean' } },
			]),
		],
		constants: { query: { Type: type } },
		output: records,
	};
}
