// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

/** Tenant onboarding and offboarding: refusals, silent skips CIPP would make, and write-then-read pairs. */
const { tailspin, fabrikam } = fixtures.tenantIds;
const tailspinDomain = 'tailspin.onmicrosoft.com';
const tailspinRelationship = `${stableGuid(`gdap/${tailspin}`)}-${tailspin}`;

describe('tenant onboarding and offboarding', () => {
	const currentSandbox = sandboxPerFile();

	test('an excluded tenant shows as excluded in Get Many Offboardable; including one that is not excluded is refused', async () => {
		const sandbox = currentSandbox();
		await runOperation(sandbox, 'tenant', 'exclude', { tenantFilter: locator('domain', tailspinDomain) }, [{}], 'admin');
		const list = await runOperation(sandbox, 'tenant', 'getManyOffboardable', { returnAll: true });
		expect(list.items.find((item) => item.json.customerId === tailspin)?.json).toMatchObject({
			Excluded: true,
			ExcludeUser: expect.any(String),
		});
		const included = await runOperation(sandbox, 'tenant', 'include', { tenantFilter: locator('id', tailspin) }, [{}], 'admin');
		expect(included.items[0].json.status).toBe('success');
		const again = await runOperation(sandbox, 'tenant', 'include', { tenantFilter: locator('id', tailspin) }, [{}], 'admin');
		expect(again.error?.message).toContain(`Tenant ${tailspinDomain} is not excluded`);
		expect(again.requests.map((request) => request.query)).toEqual([{ ListAll: 'true' }]);
	});

	test('a tenant CIPP does not list is refused before CIPP would answer "Success" with no names', async () => {
		const run = await runOperation(
			currentSandbox(),
			'tenant',
			'exclude',
			{ tenantFilter: locator('domain', 'nosuch.onmicrosoft.com') },
			[{}],
			'admin',
		);
		expect(run.error?.message).toContain("Tenant nosuch.onmicrosoft.com is not in CIPP's tenant list.");
		expect(run.requests).toHaveLength(1);
	});

	test("a removed tenant leaves CIPP's list; removing it again is refused", async () => {
		const sandbox = currentSandbox();
		const removed = await runOperation(sandbox, 'tenant', 'removeFromCipp', { tenantFilter: locator('id', fabrikam) });
		expect(removed.items[0].json.message).toMatch(
			/^Fabrikam Inc \(.*\) deleted from CIPP\. Note: This does not remove the GDAP relationship/,
		);
		const list = await runOperation(sandbox, 'tenant', 'getManyOffboardable', { returnAll: true });
		expect(list.items.map((item) => item.json.customerId)).not.toContain(fabrikam);
		const again = await runOperation(sandbox, 'tenant', 'removeFromCipp', { tenantFilter: locator('id', fabrikam) });
		expect(again.error?.message).toContain(`Tenant ${fabrikam} is not in CIPP's tenant list.`);
		expect(again.requests.map((request) => request.endpoint)).toEqual(['ListOffboardTenants']);
	});

	test("offboarding with no action is refused before sending; the partner tenant and an offboarded tenant fail with CIPP's words", async () => {
		const sandbox = currentSandbox();
		const none = await runOperation(sandbox, 'tenant', 'offboard', {
			tenantFilter: locator('id', tailspin),
			actions: { TerminateContract: false },
		});
		expect(none.error?.message).toContain('no offboarding action was chosen');
		expect(none.requests).toHaveLength(0);
		const partner = await runOperation(sandbox, 'tenant', 'offboard', {
			tenantFilter: locator('id', fixtures.tenantIds.partner),
			actions: { TerminateGDAP: true },
		});
		expect(partner.requests[0].status).toBe(200);
		expect(partner.error?.message).toContain('You cannot offboard the CSP tenant');
		const first = await runOperation(sandbox, 'tenant', 'offboard', {
			tenantFilter: locator('id', tailspin),
			actions: { TerminateGDAP: true, RemoveCSPGuestUsers: true },
		});
		expect(first.items[0].json.messages).toEqual(
			expect.arrayContaining([expect.stringMatching(/^(Successfully removed guest users|No guest users found to remove)$/)]),
		);
		const relationships = await runOperation(sandbox, 'gdap', 'getManyRelationships', { returnAll: true });
		expect(relationships.items.find((item) => (item.json.customer as { tenantId: string }).tenantId === tailspin)?.json.status).toBe(
			'terminationRequested',
		);
		const again = await runOperation(sandbox, 'tenant', 'offboard', {
			tenantFilter: locator('id', tailspin),
			actions: { TerminateGDAP: true },
		});
		expect(again.error?.message).toContain('Tenant has already been offboarded');
	});

	test('an onboarding shows in Get Many Onboardings; starting it again within 10 minutes hands back the same job unless Retry', async () => {
		const sandbox = currentSandbox();
		const parameters = { relationshipId: locator('id', tailspinRelationship), templateId: locator('id', 'CIPP Defaults') };
		const first = await runOperation(sandbox, 'tenant', 'onboard', parameters);
		const list = await runOperation(sandbox, 'gdap', 'getManyOnboardings', { returnAll: true });
		expect(list.items.find((item) => item.json.RowKey === tailspinRelationship)?.json.Status).toBe('queued');
		const again = await runOperation(sandbox, 'tenant', 'onboard', parameters);
		expect(again.items[0].json.Timestamp).toBe(first.items[0].json.Timestamp);
		const retried = await runOperation(sandbox, 'tenant', 'onboard', { ...parameters, additionalFields: { Retry: true } });
		expect(retried.requests.at(-1)?.body).toMatchObject({ Retry: true });
		const cancelled = await runOperation(sandbox, 'tenant', 'cancelOnboarding', { relationshipId: locator('id', tailspinRelationship) });
		expect(cancelled.items[0].json.message).toBe('Onboarding job canceled');
		const missing = await runOperation(sandbox, 'tenant', 'cancelOnboarding', { relationshipId: locator('id', tailspinRelationship) });
		expect(missing.error?.message).toContain('Onboarding job not found');
	});

	test('an onboarding with an unknown role template is refused before CIPP would map no groups', async () => {
		const run = await runOperation(currentSandbox(), 'tenant', 'onboard', {
			relationshipId: locator('id', tailspinRelationship),
			templateId: locator('id', 'No such template'),
		});
		expect(run.error?.message).toContain('GDAP role template "No such template" was not found or has no role mappings.');
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ExecGDAPRoleTemplate']);
	});
});
