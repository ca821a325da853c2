import type { BeyondSpec } from './types';

const APPROVAL = 'Tenant/Administration/Application Approval';

/** Application approval, conditional access templates and the registration campaign: fields beyond CIPP's OpenAPI. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ExecApplication: {
		corrected: { body: { Payload: 'object' } },
		source: `${APPROVAL}/Invoke-ExecApplication.ps1 (:66 $Request.Body.Payload | ConvertTo-Json: the Graph properties as an object)`,
	},
	ExecAppPermissionTemplate: {
		corrected: { body: { Permissions: 'object' } },
		source: `${APPROVAL}/Invoke-ExecAppPermissionTemplate.ps1 (:23 $Permissions | ConvertTo-Json: the permissions per API as an object)`,
	},
	ExecCreateCATemplate: {
		body: { state: 'string', conditions: 'object', grantControls: 'object', sessionControls: 'object' },
		source: 'Tenant/Conditional/Invoke-ExecCreateCATemplate.ps1 (:15, :27-29 the whole $Request.Body is stored as the policy template)',
	},
	ExecRegistrationCampaign: {
		corrected: {
			body: {
				enforceRegistrationAfterAllowedSnoozes: 'boolean',
				includeGroups: 'string[]',
				includeUsers: 'string[]',
				excludeGroups: 'string[]',
				excludeUsers: 'string[]',
			},
		},
		source:
			'Tenant/Administration/Tenant/Invoke-ExecRegistrationCampaign.ps1 (:37-54 foreach over @($Request.Body.includeGroups) etc.: one target per list entry; :64 enforceRegistrationAfterAllowedSnoozes, cast [bool] in Set-CIPPRegistrationCampaign.ps1:42, where the text "false" is true)',
	},
};
