/** CIPP endpoints behind the node's tool operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import { ExecBreachSearch, ListBreachesAccount, ListBreachesTenant } from './tool/breaches';
import { ListMailboxRestores, ListMessageTrace } from './tool/exchange';
import { ListGraphBulkRequest } from './tool/graphBulkRequest';
import { ListGraphExplorerPresets } from './tool/graphPresets';
import { ListGraphRequest } from './tool/graphRequest';
import { ExecGeoIPLookup, ExecUniversalSearchV2, GetVersion, ListDomainHealth, ListExternalTenantInfo } from './tool/lookups';

export const endpoints: Endpoint[] = [
	ListGraphRequest,
	ListExternalTenantInfo,
	ListDomainHealth,
	ExecGeoIPLookup,
	ListMessageTrace,
	ListMailboxRestores,
	ListBreachesAccount,
	ListBreachesTenant,
	ExecBreachSearch,
	GetVersion,
	ExecUniversalSearchV2,
	ListGraphExplorerPresets,
	ListGraphBulkRequest,
];
