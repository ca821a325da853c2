// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const fabrikam = 'fabrikam.onmicrosoft.com';
const tenant = locator('domain', fabrikam);

describe('tenant: registration campaign', () => {
	const currentSandbox = sandboxPerFile();

	test('what is not given keeps its current value: a later state change keeps the method, snooze and targets', async () => {
		const sandbox = currentSandbox();
		const group = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
		const first = await runOperation(sandbox, 'tenant', 'setRegistrationCampaign', {
			tenantFilter: tenant,
			state: 'enabled',
			additionalFields: { targetedAuthenticationMethod: 'fido2', snoozeDurationInDays: 0, excludeGroups: group, excludeUsers: group },
		});
		expect(first.error).toBeUndefined();
		const second = await runOperation(sandbox, 'tenant', 'setRegistrationCampaign', { tenantFilter: tenant, state: 'disabled' });
		expect(second.requests[0].body).toEqual({
			tenantFilter: { value: fabrikam, label: fabrikam },
			state: { value: 'disabled', label: 'disabled' },
		});
		expect(second.items[0].json.message).toBe(
			'Set the registration campaign state to disabled targeting fido2 with a snooze duration of 0 day(s), 1 include target(s) and 2 exclude target(s)',
		);
	});

	test('a target that is not an object ID is refused before anything is sent', async () => {
		const run = await runOperation(currentSandbox(), 'tenant', 'setRegistrationCampaign', {
			tenantFilter: tenant,
			state: 'enabled',
			additionalFields: { includeUsers: 'adele@contoso.com' },
		});
		expect(run.requests).toEqual([]);
		expect(run.error?.message).toContain('Include Users');
	});
});
