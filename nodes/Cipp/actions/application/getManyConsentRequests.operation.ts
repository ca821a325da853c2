import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyConsentRequests: CippOperation = {
	resource: 'application',
	value: 'getManyConsentRequests',
	name: 'Get Many Consent Requests',
	action: 'Get many app consent requests',
	description:
		"List the users' requests for admin consent to apps in a tenant, one item per request with the app, requester, reason, status, scopes and the admin consent link",
	...reads('ListAppConsentRequests', 'Tenant.Administration.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			choiceField(
				'Status',
				'requestStatus',
				'Only requests in this status',
				inQuery('RequestStatus'),
				'InProgress',
				choices({ Completed: 'Completed', Expired: 'Expired', 'In Progress': 'InProgress' }),
			),
		]),
	],
	// CIPP filters by RequestStatus only when Filter is true as well; without a status Filter does nothing.
	constants: { query: { Filter: 'true' } },
	output: recordsOrFail,
};
