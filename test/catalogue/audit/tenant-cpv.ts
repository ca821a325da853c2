import type { AuditRecord } from './types';

/**
 * Tenant: CIPP's own access to a customer tenant (CPV consent and permissions), read against CIPP-API
 * (paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files:
 * nodes/Cipp/actions/tenant/refreshCpvPermissions.operation.ts.
 */
export const audit: Record<string, AuditRecord> = {
	'tenant:refreshCpvPermissions': {
		source:
			'CIPP/Settings/Invoke-ExecCPVPermissions.ps1 + CIPPCore/Public/Set-CIPPCPVConsent.ps1, Add-CIPPApplicationPermission.ps1, Add-CIPPDelegatedPermission.ps1, Set-CIPPSAMAdminRoles.ps1',
		reads:
			'Body tenantFilter (:10), looked up with Get-Tenants -TenantFilter (domain or ID, :12); Set-CIPPCPVConsent then compares it with the customerId only (Set-CIPPCPVConsent.ps1:17-19). Query ResetSP (-eq $true, so "true", :20).',
		clears:
			"With ResetSP, the app consent of CIPP-SAM in the tenant is deleted through the partner center and its cached tokens cleared before the consent is added anew (Set-CIPPCPVConsent.ps1:24-36). Delegated grants are updated to CIPP's defaults (permissions CIPP no longer needs are removed, Add-CIPPDelegatedPermission.ps1:160-183).",
		failure:
			'Always HTTP 200 {Results, Metadata: {Heading, Success}}. Tenant unknown: Results "Tenant not found", Success false (:47-49). A thrown step: "Failed to update permissions for <name>: ..." with Success false (:40-42). Set-CIPPCPVConsent returns (does not throw) "Not a valid tenant" for a domain (then CIPP carries on with the permissions), "Could not add our Service Principal to the client tenant <name>. Error: ..." and "Error deleting SP - ..."; the permission helpers add "Failed to ..." lines.',
		async: 'none (Set-CIPPSAMAdminRoles only logs its own failures; its action log is part of Results).',
		refusals: [],
		output:
			'Results: the messages of every step (a list), Metadata {Heading, Success}: actionResult joins them; Success false, or a message CIPP shows as failed, fails the item.',
		verdict: 'settled',
		note: 'CIPP consents only by tenant ID ("Not a valid tenant" for a domain, while the rest still runs): the node looks a domain up in Tenant → Get Many (ListTenants) and sends the tenant ID, and fails before sending for a tenant CIPP does not manage.',
	},
};
