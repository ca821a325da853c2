/**
 * The TenantOnboarding table (one finished onboarding of Contoso's relationship): ListTenantOnboarding,
 * and Invoke-ExecOnboardTenant, which queues a job (the sandbox leaves it queued) or cancels one.
 */
import { fixtures } from '../../../fixtures';
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

/** A TenantOnboarding row, steps, relationship and logs parsed. */
interface OnboardingJob {
	PartitionKey: string;
	RowKey: string;
	CustomerId: string;
	Status: string;
	Timestamp: string;
	OnboardingSteps: Array<Record<string, unknown>>;
	Relationship: Record<string, unknown>;
	Logs: unknown;
	Exception: string;
}

const step = (Step: number, Title: string) => ({ Step, Title, Status: 'succeeded', Message: `${Title}: done` });

const jobs = perSandbox((): OnboardingJob[] => {
	const customerId = fixtures.tenantIds.contoso;
	const relationshipId = `${stableGuid(`gdap/${customerId}`)}-${customerId}`;
	return [
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
			Relationship: { id: relationshipId, status: 'active', customer: { tenantId: customerId, displayName: 'Contoso Ltd' } } as Record<
				string,
				unknown
			>,
			Logs: [{ Date: '2026-08-20T10:14:02Z', Log: 'Onboarding complete' }],
			Exception: '',
		},
	];
});

const ListTenantOnboarding: Endpoint = {
	name: 'ListTenantOnboarding',
	role: 'Tenant.Administration.Read',
	anyTenant: true,
	handle: (ctx) => ({ status: 200, body: [...jobs(ctx.state)].sort((a, b) => b.Timestamp.localeCompare(a.Timestamp)) }),
};

const PENDING = ['GDAP Invite', 'GDAP Role Test', 'GDAP Group Mapping', 'CPV Refresh', 'Graph API Test'];

const ExecOnboardTenant: Endpoint = {
	name: 'ExecOnboardTenant',
	role: 'Tenant.Administration.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const table = jobs(ctx.state);
		const id = psString(ctx.fromBody('id'));
		if (!id) return { status: 404, body: 'Relationship not found' };
		const index = table.findIndex((job) => job.RowKey === id);
		if (ctx.fromBody('Cancel') === true) {
			if (index < 0) return { status: 404, body: 'Onboarding job not found' };
			table.splice(index, 1);
			return { status: 200, body: { Results: 'Onboarding job canceled' } };
		}
		// A job touched in the last 10 minutes is handed back as it is, unless Retry (:31-33).
		const recent = index >= 0 && Date.now() - Date.parse(table[index].Timestamp) < 10 * 60 * 1000;
		if (recent && ctx.fromBody('Retry') !== true) return { status: 200, body: table[index] };
		const job: OnboardingJob = {
			PartitionKey: 'Onboarding',
			RowKey: id,
			CustomerId: '',
			Status: 'queued',
			Timestamp: new Date().toISOString(),
			OnboardingSteps: PENDING.map((title, position) => ({
				Status: 'pending',
				Title: `Step ${position + 1}: ${title}`,
				Message: position === 0 ? 'Waiting for onboarding job to start' : `Waiting for Step ${position}`,
			})),
			Relationship: {},
			Logs: {},
			Exception: '',
		};
		if (index >= 0) table.splice(index, 1);
		table.push(job);
		return { status: 200, body: job };
	},
};

export const endpoints: Endpoint[] = [ListTenantOnboarding, ExecOnboardTenant];
