/** CIPP endpoints behind the node's transportRule operations: rules, connectors and their templates. */
import type { Endpoint } from '../endpoint';
import { templateEndpoints } from './exchangePolicy/templates';
import { connectorTemplates, transportTemplates } from './transportRule/templates';
import * as connectors from './transportRule/connectors';
import * as rules from './transportRule/rules';

export const endpoints: Endpoint[] = [
	...rules.endpoints,
	...connectors.endpoints,
	...templateEndpoints(transportTemplates),
	...templateEndpoints(connectorTemplates),
];
