/** CIPP endpoints behind the node's exchangePolicy operations. */
import type { Endpoint } from '../endpoint';
import * as filters from './exchangePolicy/filters';
import {
	EditTenantAllowBlockListTemplate,
	allowBlockTemplates,
	connectionFilterTemplates,
	safeLinksTemplates,
	spamFilterTemplates,
} from './exchangePolicy/kinds';
import * as quarantine from './exchangePolicy/quarantine';
import * as safeLinks from './exchangePolicy/safeLinks';
import { templateEndpoints } from './exchangePolicy/templates';

export const endpoints: Endpoint[] = [
	...filters.endpoints,
	...quarantine.endpoints,
	...safeLinks.endpoints,
	...templateEndpoints(spamFilterTemplates),
	...templateEndpoints(connectionFilterTemplates),
	...templateEndpoints(allowBlockTemplates),
	EditTenantAllowBlockListTemplate,
	// Safe Links templates are created and edited by CreateSafeLinksPolicyTemplate and EditSafeLinksPolicyTemplate (safeLinks.ts); AddSafeLinksPolicyTemplate, their duplicate, is not offered.
	...templateEndpoints(safeLinksTemplates).filter((endpoint) => endpoint.name !== safeLinksTemplates.add),
];
