/** The partner tenant's GDAP state: relationships (Graph), partner security groups, and CIPP's GDAPRoles and GDAPInvites tables. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';

export const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

const ROLE_IDS: Record<string, string> = {
	'Global Administrator': GLOBAL_ADMIN,
	'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
	'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
	'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
	'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
	'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
	'Intune Administrator': '3a2c62db-5318-420d-8d74-23affee5d9d5',
};

export interface Relationship {
	id: string;
	displayName: string;
	status: string;
	customer: { tenantId: string; displayName: string };
	accessDetails: { unifiedRoles: Array<{ roleDefinitionId: string }> };
	duration: string;
	autoExtendDuration: string;
	createdDateTime: string;
	endDateTime: string;
	'@odata.etag': string;
}

export interface PartnerGroup {
	id: string;
	displayName: string;
	securityEnabled: boolean;
}

export interface RoleMapping {
	GroupName: string;
	GroupId: string;
	RoleName: string;
	roleDefinitionId: string;
}

export interface Invite {
	PartitionKey: 'invite';
	RowKey: string;
	InviteUrl: string;
	OnboardingUrl: string | null;
	RoleMappings: string;
	Technician: string;
	Reference: string | null;
}

const group = (displayName: string): PartnerGroup => ({
	id: stableGuid(`partner/group/${displayName}`),
	displayName,
	securityEnabled: true,
});

export const gdap = perSandbox((state: SandboxState) => {
	const groups = [
		group('M365 GDAP User Administrator'),
		group('M365 GDAP Exchange Administrator'),
		group('AdminAgents'),
		group('Helpdesk Tier 1'),
	];
	const mappings: RoleMapping[] = groups.slice(0, 2).map((entry) => {
		const RoleName = entry.displayName.replace(/^M365 GDAP /, '');
		return { GroupName: entry.displayName, GroupId: entry.id, RoleName, roleDefinitionId: ROLE_IDS[RoleName] };
	});
	const relationships: Relationship[] = state.tenants
		.filter((tenant) => !tenant.isPartner)
		.map((tenant) => {
			// Tailspin's relationship predates GDAP best practice: it still carries Global Administrator.
			const names = tenant.displayName === 'Tailspin Toys' ? [...tenant.gdapRoles, 'Global Administrator'] : tenant.gdapRoles;
			const roles = [...new Set(names.map((name) => ROLE_IDS[name]).filter(Boolean))];
			return {
				id: `${stableGuid(`gdap/${tenant.customerId}`)}-${tenant.customerId}`,
				displayName: `CIPP_${stableGuid(`gdap/name/${tenant.customerId}`)}`,
				status: 'active',
				customer: { tenantId: tenant.customerId, displayName: tenant.displayName },
				accessDetails: { unifiedRoles: roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
				duration: 'P730D',
				autoExtendDuration: roles.includes(GLOBAL_ADMIN) ? 'PT0S' : 'P180D',
				createdDateTime: '2025-03-01T09:00:00Z',
				endDateTime: tenant.relationshipEnd ?? '2027-03-01T09:00:00Z',
				'@odata.etag': `W/"${stableGuid(`gdap/etag/${tenant.customerId}`)}"`,
			};
		});
	// One invite a customer has not approved yet (Fabrikam's renewal).
	const pending = `${stableGuid('gdap/invite/pending')}-00000000-0000-0000-0000-000000000000`;
	const invites: Invite[] = [
		{
			PartitionKey: 'invite',
			RowKey: pending,
			InviteUrl: `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${pending}`,
			OnboardingUrl: null,
			RoleMappings: JSON.stringify(mappings.slice(0, 1)),
			Technician: 'tech@northstarit.com',
			Reference: 'Fabrikam renewal',
		},
	];
	return { groups, mappings, relationships, invites };
});
