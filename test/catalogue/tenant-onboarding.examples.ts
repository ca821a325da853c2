import type { INodeParameters } from 'n8n-workflow';

import { type CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import type { OperationExample } from '../support/catalogue';
import { locator } from '../support/workflows';

/** Examples of the tenant onboarding and offboarding operations, run by tenant.test.ts's catalogue. */
const woodgrove = 'woodgrovebank.com';
const woodgroveId = fixtures.tenantIds.woodgrove;
const { northwind, fabrikam } = fixtures.tenantIds;
const fabrikamRelationship = `${stableGuid(`gdap/${fabrikam}`)}-${fabrikam}`;
/** The seeded "CIPP Defaults" role template's mappings, as CIPP hands them to the onboarding. */
const defaultMappings = ['User Administrator', 'Exchange Administrator'].map((RoleName) => expect.objectContaining({ RoleName }));
const REMOVED_NOTE = 'Note: This does not remove the GDAP relationship, see the Tenant Offboarding wizard to perform that action.';

/** The write that followed the tenant-list lookup. */
const lastCall = (sandbox: CippSandbox) => sandbox.requests.filter((request) => request.endpoint !== undefined).at(-1);

/** Exclude and Include: the first call looks the tenant up in CIPP's whole list, the second sends its ID. */
function exclusionExample(tenantFilter: INodeParameters[string], switchName: string, message: string): OperationExample {
	return {
		client: 'admin',
		parameters: { tenantFilter },
		calls: ['ExecExcludeTenant', 'ExecExcludeTenant'],
		request: { method: 'POST', endpoint: 'ExecExcludeTenant', query: { ListAll: 'true' } },
		output: ([item], sandbox) => {
			expect(lastCall(sandbox)).toMatchObject({ query: { tenantFilter: woodgrove, [switchName]: 'true' }, body: { value: [woodgroveId] } });
			expect(item.json).toEqual({ status: 'success', message });
		},
	};
}

export const onboardingExamples: Record<string, OperationExample> = {
	exclude: exclusionExample(locator('domain', woodgrove), 'AddExclusion', `Success. Added exclusions for customer(s): ${woodgrove}`),
	include: exclusionExample(
		locator('list', woodgrove),
		'RemoveExclusion',
		`Success. We've removed ${woodgrove} from the excluded tenants.`,
	),
	removeFromCipp: {
		parameters: { tenantFilter: locator('domain', woodgrove) },
		calls: ['ListOffboardTenants', 'ExecRemoveTenant'],
		request: { method: 'POST', endpoint: 'ExecRemoveTenant', body: { TenantID: woodgroveId } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Woodgrove Bank (${woodgroveId}) deleted from CIPP. ${REMOVED_NOTE}` }),
	},
	offboard: {
		parameters: { tenantFilter: locator('id', northwind), actions: { TerminateGDAP: true, TerminateContract: true } },
		request: {
			method: 'POST',
			endpoint: 'ExecOffboardTenant',
			body: { TenantFilter: { value: northwind, label: northwind }, TerminateGDAP: true, TerminateContract: true },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				messages: [
					expect.stringMatching(/^Successfully terminated GDAP relationship CIPP_.* from tenant northwind\.onmicrosoft\.com$/),
					`Northwind Traders (${northwind}) has been deleted from CIPP`,
					'Successfully terminated contract relationship',
				],
			}),
	},
	onboard: {
		parameters: {
			relationshipId: locator('id', fabrikamRelationship),
			templateId: locator('list', 'CIPP Defaults'),
			additionalFields: { autoMapRoles: true },
		},
		calls: ['ExecGDAPRoleTemplate', 'ExecOnboardTenant'],
		request: {
			method: 'POST',
			endpoint: 'ExecOnboardTenant',
			body: { id: fabrikamRelationship, autoMapRoles: true, gdapRoles: defaultMappings },
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({ RowKey: fabrikamRelationship, Status: 'queued' });
			expect(item.json.OnboardingSteps).toHaveLength(5);
		},
	},
	cancelOnboarding: {
		parameters: { relationshipId: locator('id', fabrikamRelationship) },
		request: { method: 'POST', endpoint: 'ExecOnboardTenant', body: { id: fabrikamRelationship, Cancel: true } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Onboarding job canceled' }),
	},
};
