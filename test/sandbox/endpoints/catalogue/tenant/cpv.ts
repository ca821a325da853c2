/** Invoke-ExecCPVPermissions (CIPP/Settings): CIPP's app consented again in a tenant (Set-CIPPCPVConsent) with its permissions. */
import { psString } from '../../../powershell';
import { findCippTenant } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';

const ExecCPVPermissions: Endpoint = {
	name: 'ExecCPVPermissions',
	role: 'CIPP.AppSettings.ReadWrite',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromBody('tenantFilter'));
		const tenant = tenantFilter ? findCippTenant(ctx.state, tenantFilter) : undefined;
		if (!tenant) {
			return { status: 200, body: { Results: 'Tenant not found', Metadata: { Heading: 'CPV Permission -  ()', Success: false } } };
		}
		const messages: string[] = [];
		// The partner tenant gets no CPV consent, only the permissions (:25-33). Set-CIPPCPVConsent
		// compares the filter with the customerId only (:17-19), then CIPP carries on.
		if (!tenant.isPartner && tenant.customerId !== tenantFilter) messages.push('Not a valid tenant');
		else if (!tenant.isPartner) {
			if (psString(ctx.fromQuery('ResetSP')).toLowerCase() === 'true')
				messages.push(`Deleted Service Principal from ${tenant.displayName}`);
			messages.push(`Successfully added CPV Application to tenant ${tenant.displayName}`);
		}
		messages.push(
			'Added 0 Application permissions to CIPP-SAM',
			'All delegated permissions exist for Microsoft Graph',
			'Service principal already exists in all requested Admin Roles',
		);
		// The heading looks the tenant up by customerId (:45): a domain leaves it empty.
		const named = tenant.customerId === tenantFilter ? tenant : undefined;
		return {
			status: 200,
			body: {
				Results: messages,
				Metadata: { Heading: `CPV Permission - ${named?.displayName ?? ''} (${named?.defaultDomainName ?? ''})`, Success: true },
			},
		};
	},
};

export const endpoints: Endpoint[] = [ExecCPVPermissions];
