/** GET /api/ListTenantDetails: the tenant's Graph organization object (selected fields). */
import { GraphError, graphTenant } from '../graph';
import type { Endpoint } from './endpoint';

const SELECTED = [
	'displayName',
	'id',
	'city',
	'country',
	'countryLetterCode',
	'street',
	'state',
	'postalCode',
	'businessPhones',
	'technicalNotificationMails',
	'tenantType',
	'createdDateTime',
	'onPremisesLastPasswordSyncDateTime',
	'onPremisesLastSyncDateTime',
	'onPremisesSyncEnabled',
	'assignedPlans',
];

export const ListTenantDetails: Endpoint = {
	name: 'ListTenantDetails',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		try {
			// /organization is exempt from CIPP's tenant-list check, so only the token request can fail.
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: false });
			const org: Record<string, unknown> = {};
			for (const field of SELECTED) org[field] = tenant.organization[field] ?? null;
			org.businessPhones = (tenant.organization.businessPhones as string[]).join(', ');
			org.technicalNotificationMails = (tenant.organization.technicalNotificationMails as string[]).join(', ');
			org.customProperties = {};
			org.Groups = [];
			return { status: 200, body: org };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// A bare string body: text/plain, not {"Results": ...}
			return { status: 500, body: `Failed to retrieve tenant details: ${error.message}` };
		}
	},
};
