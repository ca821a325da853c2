/** CIPP endpoints behind the node's security operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import { genericRead } from '../generic';
import * as defender from './security/defender';
import * as incidents from './security/incidents';
import * as mail from './security/mail';
import * as reports from './security/reports';

export { graphCollections } from './security/reports';

export const endpoints: Endpoint[] = [
	...incidents.endpoints,
	...defender.endpoints,
	...mail.endpoints,
	...reports.endpoints,
	// Check extension alerts are written by the extension's webhook, never by an operation.
	genericRead('ListCheckExtAlerts', 'table', {
		fields: (index, tenant) => ({
			PartitionKey: 'CheckAlert',
			tenantFilter: tenant?.defaultDomainName,
			type: 'PhishingDetected',
			url: `https://login-micros0ft.example/${index}`,
		}),
	}),
];
