/** CIPP endpoints behind the node's teamsSharePoint operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import { stableGuid } from '../../directory';
import { genericRead } from '../generic';
import * as onedrive from './teamsSharePoint/onedrive';
import * as permissions from './teamsSharePoint/permissions';
import * as sharing from './teamsSharePoint/sharing';
import * as siteAdmin from './teamsSharePoint/siteAdmin';
import * as sites from './teamsSharePoint/sites';
import * as teams from './teamsSharePoint/teams';
import * as templates from './teamsSharePoint/templates';

export const endpoints: Endpoint[] = [
	...teams.endpoints,
	...sites.endpoints,
	...onedrive.endpoints,
	...siteAdmin.endpoints,
	...sharing.endpoints,
	...permissions.endpoints,
	...templates.endpoints,
	// Emergency locations are set up in the Teams admin center; no operation changes them.
	genericRead('ListTeamsLisLocation', 'graph', {
		fields: (index) => ({
			LocationId: `loc-${index}`,
			Description: index ? 'Warehouse' : 'Head office',
			City: 'Redmond',
			ValidationStatus: 'Validated',
			IsDefault: index === 0,
		}),
	}),
	// Site activity comes from CIPP's report database, which no operation writes.
	genericRead('ListSiteActivity', 'graph', {
		fields: (index) => ({
			siteId: stableGuid(`site-activity/${index}`),
			displayName: index ? 'Project Falcon' : 'Sales Hub',
			siteType: index ? 'SharePointAndTeams' : 'SharePoint',
			lastActivityDate: '2026-11-30',
			fileCount: 40 + index,
		}),
	}),
	// The permissions report is compiled from CIPP's report database, which no operation writes.
	genericRead('ListSharePointPermissions', 'object', {
		rows: 1,
		fields: () => ({
			summary: { sitesScanned: 3, librariesScanned: 7, broadClaimGrants: 1, permissionsSynced: true },
			byPermissionLevel: [{ level: 'Full Control', grants: 3 }],
			assignments: [{ siteName: 'Sales Hub', permissionLevel: 'Full Control', appliesTo: 'Whole site' }],
		}),
	}),
];
