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
	// Creating Safe Links templates is not offered: only their List and Remove are modelled.
	...templateEndpoints(safeLinksTemplates).filter((endpoint) => endpoint.name !== safeLinksTemplates.add),
];
