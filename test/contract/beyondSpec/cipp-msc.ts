import type { BeyondSpec } from './types';

/** CIPP core templates (engineer msc): body fields CIPP stores that its OpenAPI does not declare. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ExecEditTemplate: {
		body: {
			groupType: 'string',
			membershipRules: 'string',
			allowExternal: 'boolean',
			username: 'string',
			licenses: 'array',
			aliases: 'string',
			hideFromGAL: 'boolean',
			state: 'string',
			conditions: 'object',
			grantControls: 'object',
			sessionControls: 'object',
			LocationInfo: 'array',
			AuthContextInfo: 'array',
		},
		source:
			"CIPP/Core/Invoke-ExecEditTemplate.ps1 (:15 the whole body but GUID, source, isSynced, package is stored as the template JSON, :83-90); a group template's fields are read back by Identity/Administration/Groups/Invoke-ListGroupTemplates.ps1 (:45-57); a Conditional Access template's (the policy JSON with LocationInfo and AuthContextInfo, CIPPCore/Public/New-CIPPCATemplate.ps1 :121, :137) by CIPPCore/Public/New-CIPPCAPolicy.ps1 (:104)",
	},
};
