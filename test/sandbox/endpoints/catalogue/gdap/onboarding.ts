/** ListTenantOnboarding: the TenantOnboarding table, one finished onboarding of Contoso's relationship. */
import { fixtures } from '../../../fixtures';
import { stableGuid } from '../../../directory';
import type { Endpoint } from '../../endpoint';

const step = (Step: number, Title: string) => ({ Step, Title, Status: 'succeeded', Message: `${Title}: done` });

const ListTenantOnboarding: Endpoint = {
	name: 'ListTenantOnboarding',
	role: 'Tenant.Administration.Read',
	anyTenant: true,
	handle: () => {
		const customerId = fixtures.tenantIds.contoso;
		const relationshipId = `${stableGuid(`gdap/${customerId}`)}-${customerId}`;
		return {
			status: 200,
			body: [
				{
					PartitionKey: 'Onboarding',
					RowKey: relationshipId,
					CustomerId: customerId,
					Status: 'succeeded',
					Timestamp: '2026-08-20T10:15:00.0000000Z',
					OnboardingSteps: [
						step(1, 'Step 1 - GDAP Invite'),
						step(2, 'Step 2 - GDAP Role Test'),
						step(3, 'Step 3 - GDAP Group Mapping'),
						step(4, 'Step 4 - CPV Refresh'),
						step(5, 'Step 5 - Graph API Test'),
					],
					Relationship: { id: relationshipId, status: 'active', customer: { tenantId: customerId, displayName: 'Contoso Ltd' } },
					Logs: [{ Date: '2026-08-20T10:14:02Z', Log: 'Onboarding complete' }],
				},
			],
		};
	},
};

export const endpoints: Endpoint[] = [ListTenantOnboarding];
