import type { NotOffered } from './types';

/** Tenant administration, application approval, domains, conditional access, GDAP, reports and tools (OpenAPI tags Tenant > Administration > Application Approval, Tenant > Administration > Domains, Tenant > Administration > Tenant, Tenant > Conditional, Tenant > GDAP, Tenant > Reports, Tenant > Tools). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'AddTenant',
		reason: 'frontend',
		note: "The Add Tenant wizard's steps (check that an onmicrosoft.com name is free, read the partner's Partner Center profile, validate an address). Its AddTenant action creates nothing: the Partner Center call is commented out and CIPP answers a sample 'Tenant created successfully' with a placeholder password.",
	},
	{
		endpoint: 'EditTenantOffboardingDefaults',
		reason: 'frontend',
		note: "Saves a tenant's defaults that pre-fill the user offboarding wizard of CIPP's UI; only ListTenants with IncludeOffboardingDefaults hands them back, for that page. CIPP's offboarding never reads them, and User → Offboard sends its own choices.",
	},
	{
		endpoint: 'ExecAddSPN',
		reason: 'setup',
		note: "Adds Microsoft's Partner Center GDAP migration service principal to the partner tenant, a one-time step of connecting CIPP to the partner tenant.",
	},
	{
		endpoint: 'ExecGraphExplorerPreset',
		reason: 'frontend',
		note: "Saves or deletes the Graph Explorer page's presets of the signed-in technician (the owner is their sign-in name, which an API client does not have); Tool → Get Many Graph Presets lists the shared ones.",
	},
	{
		endpoint: 'ListUsersAndGroups',
		reason: 'frontend',
		note: "A page helper that loads a tenant's users and groups (ID and name only) into one pick list; User → Get Many and Group → Get Many give the same records.",
	},
	{
		endpoint: 'RemoveTenantCapabilitiesCache',
		reason: 'internal',
		note: "Deletes CIPP's own cached licence capabilities of a tenant (table CacheCapabilities) so its pages recompute them; CIPP's housekeeping, not a tenant action.",
	},
];
