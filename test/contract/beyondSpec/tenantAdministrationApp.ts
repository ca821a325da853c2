import type { BeyondSpec } from './types';

const APPROVAL = 'Tenant/Administration/Application Approval';

/** Application approval, conditional access templates, the registration campaign, BPA templates and baselines: fields beyond CIPP's OpenAPI. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ExecApplication: {
		corrected: { body: { Payload: 'object' } },
		source: `${APPROVAL}/Invoke-ExecApplication.ps1 (:66 $Request.Body.Payload | ConvertTo-Json: the Graph properties as an object)`,
	},
	AddBaseline: {
		corrected: { body: { assignedTenants: 'string[]' } },
		source:
			'Tenant/Standards/Invoke-AddBaseline.ps1 (:51, :75-78 foreach over @($Request.Body.assignedTenants): one scope per entry, a string or {value})',
	},
	AddBPATemplate: {
		body: { style: 'string', Fields: 'object[]' },
		source:
			'Tenant/Standards/Invoke-AddBPATemplate.ps1 (:16 the whole $Request.body is stored as the template; Invoke-ListBPATemplates.ps1 :34-41 reads its fields, Name and Style)',
	},
	ExecAppApprovalTemplate: {
		body: { AppId: 'string', AppName: 'string', PermissionSetId: 'string', PermissionSetName: 'string', Permissions: 'object' },
		source: `${APPROVAL}/Invoke-ExecAppApprovalTemplate.ps1 (:39 the whole body but Action and TemplateId is stored as the template; CIPPCore/Public/Get-CIPPAppApprovalPermissions.ps1 :28-38 and Invoke-ExecAddMultiTenantApp.ps1 read AppId, Permissions and PermissionSetId)`,
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
