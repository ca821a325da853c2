/** CIPP's Conditional Access templates (templates table, PartitionKey CATemplate). */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';

export interface CaTemplate {
	GUID: string;
	/** The stored policy JSON. */
	policy: Record<string, unknown>;
}

const policy = (displayName: string, grant: string[]) => ({
	displayName,
	state: 'enabled',
	conditions: {
		clientAppTypes: ['all'],
		users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
		applications: { includeApplications: ['All'], excludeApplications: [] },
	},
	grantControls: { operator: 'OR', builtInControls: grant },
});

export const caTemplates = perSandbox((): CaTemplate[] => [
	{ GUID: stableGuid('caTemplate/legacy'), policy: policy('Block legacy authentication', ['block']) },
	{ GUID: stableGuid('caTemplate/mfa-admins'), policy: policy('Require MFA for administrators', ['mfa']) },
]);

/** A template as Invoke-ListCAtemplates lists it: the policy JSON with GUID, source, isSynced and package added. */
export function listedTemplate(template: CaTemplate): Record<string, unknown> {
	return { ...template.policy, GUID: template.GUID, source: null, isSynced: false, package: null };
}

export function templatesOf(state: SandboxState): CaTemplate[] {
	return caTemplates(state);
}
