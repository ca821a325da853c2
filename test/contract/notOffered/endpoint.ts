import type { NotOffered } from './types';

/** Endpoint: applications, Autopilot, MEM and reports (OpenAPI tags Endpoint > Applications, Endpoint > Autopilot, Endpoint > MEM, Endpoint > Reports). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'EditPolicy',
		reason: 'duplicate',
		note: 'Renames an Administrative Template policy and assigns it (and blanks its description when none is given): offered as Intune → Update Policy and Intune → Assign Policy.',
	},
	{
		endpoint: 'ListAllTenantDeviceCompliance',
		reason: 'notYetBuilt',
		note: "Lighthouse device compliance summary; CIPP checks `.value` on rows it has already unwrapped, so it always answers HTTP 403 'No data found - This client might not be onboarded in Lighthouse' (Invoke-ListAllTenantDeviceCompliance.ps1:25): offered once CIPP fixes it.",
	},
	{
		endpoint: 'ListAppsRepository',
		reason: 'duplicate',
		note: 'Searches a Chocolatey repository for packages (chocolatey.org unless a custom one is named); the Chocolatey search is offered as Intune → Search App Packages.',
	},
];
