/**
 * Synthetic customer tenants for bulk runs (SandboxOptions.syntheticTenants): bench01..benchNN
 * .onmicrosoft.com with full GDAP and writeback on, each with enabled, licensed cloud users
 * user001..userMMM (numbers grow past the padding: user1000). GUIDs follow from the indexes, so
 * every run sees the same ids.
 */
import { buildMember, buildTenant } from './fixtures';
import type { SandboxState } from './fixtures';
import type { SyntheticTenant } from './types';

const CREATED = '2024-01-15T09:00:00Z';

/** Tenant n: 0000000n-be4c-4000-8000-000000000000; its user m: 0000000n-be4c-4000-8000-00000000000m (hex). */
function syntheticGuid(tenantIndex: number, userIndex = 0): string {
	return `${tenantIndex.toString(16).padStart(8, '0')}-be4c-4000-8000-${userIndex.toString(16).padStart(12, '0')}`;
}

/** Adds the synthetic tenants and users to `state` and describes them. */
export function addSyntheticTenants(state: SandboxState, tenantCount: number, usersPerTenant: number): SyntheticTenant[] {
	const added: SyntheticTenant[] = [];
	for (let n = 1; n <= tenantCount; n++) {
		const label = String(n).padStart(2, '0');
		const domain = `bench${label}.onmicrosoft.com`;
		const tenant = buildTenant(syntheticGuid(n), {
			displayName: `Bench Tenant ${label}`,
			initialDomainName: domain,
			city: 'Chicago',
			state: 'IL',
			country: 'United States',
			countryLetterCode: 'US',
			street: `${n} Wacker Dr`,
			postalCode: '60601',
			phone: '+1 312 555 0100',
			createdDateTime: CREATED,
			passwordWriteback: true,
			relationshipEnd: '2028-01-15T09:00:00Z',
		});
		state.tenants.push(tenant);
		const upns: string[] = [];
		for (let m = 1; m <= usersPerTenant; m++) {
			const number = String(m).padStart(3, '0');
			const user = buildMember(tenant, {
				id: syntheticGuid(n, m),
				givenName: 'Bench',
				surname: `User ${number}`,
				alias: `user${number}`,
				licenses: ['businessBasic'],
				created: CREATED,
			});
			state.users.push(user);
			upns.push(user.userPrincipalName);
		}
		added.push({ domain, tenantId: tenant.customerId, users: upns });
	}
	return added;
}
