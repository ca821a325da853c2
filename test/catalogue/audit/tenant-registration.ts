import type { AuditRecord } from './types';

/** Tenant → Set Registration Campaign, read against CIPP-API. Node file: nodes/Cipp/actions/tenant/setRegistrationCampaign.operation.ts. */
export const audit: Record<string, AuditRecord> = {
	'tenant:setRegistrationCampaign': {
		source: 'Tenant/Administration/Tenant/Invoke-ExecRegistrationCampaign.ps1 (with CIPPCore/Public/Set-CIPPRegistrationCampaign.ps1)',
		reads:
			'Body tenantFilter.value ?? tenantFilter (:13), snoozeDurationInDays (0-14, :22), includeAllUsers ([bool], :33), includeGroups / includeUsers / excludeGroups / excludeUsers (each @(...) one target per entry, :37-57: sent as lists of object IDs), state.value ?? state, targetedAuthenticationMethod.value ?? it (:61-62), enforceRegistrationAfterAllowedSnoozes (:64, cast [bool] in Set-CIPPRegistrationCampaign :42, so it is sent as a JSON boolean).',
		clears:
			'Nothing not given: every $null keeps the current campaign value (Set- :39-67). But any include field given replaces all include targets, and any exclude field replaces all exclusions (excludeGroups alone drops the excluded users); includeAllUsers true ignores the include groups and users (:33-34). The description says so.',
		failure:
			'HTTP 400 {Results: "Error: tenantFilter is required"} and "Error: snoozeDurationInDays must be between 0 and 14" (:15-27); a throw in Set- (policy not readable, bad state or method, PATCH failed: "Failed to update the registration campaign. Error: ...") is HTTP 500 {Results: text} (:71-74).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP replaces all include (or exclude) targets when any one include (exclude) field is given; the description says so. Targets are checked as object IDs before sending, since CIPP passes any text to Graph as a target ID.',
	},
};
