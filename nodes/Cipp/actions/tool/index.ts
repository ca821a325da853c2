import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { apiRequest } from './apiRequest.operation';
import { batch } from './batch.operation';
import { checkDomain } from './checkDomain.operation';
import { getManyGraphPresets } from './getManyGraphPresets.operation';
import { getManyMailboxRestores } from './getManyMailboxRestores.operation';
import { getManyTenantBreaches } from './getManyTenantBreaches.operation';
import { getVersion } from './getVersion.operation';
import { graphBulkRequest } from './graphBulkRequest.operation';
import { graphRequest } from './graphRequest.operation';
import { lookupBreaches } from './lookupBreaches.operation';
import { lookupIp } from './lookupIp.operation';
import { lookupTenant } from './lookupTenant.operation';
import { messageTrace } from './messageTrace.operation';
import { search } from './search.operation';
import { startBreachSearch } from './startBreachSearch.operation';
import { whoAmI } from './whoAmI.operation';

export const resource = { name: 'Tool', value: 'tool' };

export const operations: CippOperation[] = [
	graphRequest,
	search,
	lookupTenant,
	checkDomain,
	lookupIp,
	messageTrace,
	getManyMailboxRestores,
	lookupBreaches,
	getManyTenantBreaches,
	startBreachSearch,
	getVersion,
	whoAmI,
	batch,
	apiRequest,
	getManyGraphPresets,
	graphBulkRequest,
];

export const operationSelector = selectorFor('tool', operations, 'graphRequest');
