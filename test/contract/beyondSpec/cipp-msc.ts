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
		},
		source:
			'CIPP/Core/Invoke-ExecEditTemplate.ps1 (:15 the whole body but GUID, source, isSynced, package is stored as the template JSON, :83-90); for a group template ListGroupTemplates (Identity/Administration/Groups/Invoke-ListGroupTemplates.ps1 :45-57) and deployment read these fields back',
	},
};
