import type { NotOffered } from './types';

/** Endpoint: applications, Autopilot, MEM and reports (OpenAPI tags Endpoint > Applications, Endpoint > Autopilot, Endpoint > MEM, Endpoint > Reports). */
export const notOffered: NotOffered[] = [
	{ endpoint: 'AddDefenderDeployment', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'AddDefenderTemplate', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{ endpoint: 'AddIntuneReusableSettingTemplate', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{
		endpoint: 'EditPolicy',
		reason: 'duplicate',
		note: 'Renames an Administrative Template policy and assigns it (and blanks its description when none is given): offered as Intune → Update Policy and Intune → Assign Policy.',
	},
	{
		endpoint: 'ExecAddCippCveException',
		reason: 'notYetBuilt',
		note: 'Adds a CIPP exception to a CVE; its AllAffected branch pipes into -Filter (Invoke-ExecAddCippCveException.ps1:46), which PowerShell may refuse to load, so it waits until that is checked on a real CIPP.',
	},
	{ endpoint: 'ExecCompareIntunePolicy', reason: 'notYetBuilt', note: 'Not offered yet.' },
	{
		endpoint: 'ExecRenameAPDevice',
		reason: 'notYetBuilt',
		note: "CIPP's OpenAPI types displayName as a list while the PowerShell reads one text (a list would reach Graph as an array): waiting for the contract to be corrected.",
	},
	{
		endpoint: 'ExecSetAPDeviceGroupTag',
		reason: 'notYetBuilt',
		note: "CIPP's OpenAPI types groupTag as a list while the PowerShell reads one text (a list would reach Graph as an array): waiting for the contract to be corrected.",
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
