import type { BeyondSpec } from './types';

/** Tenant administration: fields whose OpenAPI type is not what the PowerShell reads. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ExecOnboardTenant: {
		corrected: {
			body: {
				gdapRoles: 'object[]',
				addMissingGroups: 'boolean',
				ignoreMissingRoles: 'boolean',
				autoMapRoles: 'boolean',
				standardsExcludeAllTenants: 'boolean',
			},
		},
		source:
			'Tenant/Administration/Tenant/Invoke-ExecOnboardTenant.ps1 (:76-80 hands them to the queue); CIPPActivityTriggers/.../Push-ExecOnboardTenantQueue.ps1 reads Roles as role mappings {RoleName, GroupName, GroupId, roleDefinitionId} (:127-136, :176-215) and compares the switches with -eq $true (:108, :157, :176, :210)',
	},
};
