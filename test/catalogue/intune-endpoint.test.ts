// Failed runs are logged by n8n's logger; captured so the test output stays free of expected failures.
import '../support/logCapture';

import { fixtures } from '../sandbox';
import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

/** Intune operations of CIPP's Endpoint area: refusals, failures and write-then-read pairs. */
const CONTOSO = 'contoso.onmicrosoft.com';
const contoso = locator('domain', CONTOSO);
const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
const iphone = fixtures.devices.find((device) => device.deviceName === "Alex's iPhone")!;

describe('intune (endpoint management): refusals and pairs', () => {
	const currentSandbox = sandboxPerFile();

	test.each([
		['syncVppTokens', /No VPP tokens found/],
		['syncAppleDevices', /No Apple Business Manager connections found/],
	])("%s in a tenant with nothing to sync fails the item with CIPP's words (HTTP 200)", async (operation, words) => {
		const run = await runOperation(currentSandbox(), 'intune', operation, { tenantFilter: fabrikam });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(words);
	});

	test('Get Device by a name no device has fails the item instead of returning nothing', async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'getDevice', {
			tenantFilter: contoso,
			findBy: 'name',
			deviceName: 'NO-SUCH-PC',
		});
		expect(run.requests[0]).toMatchObject({ status: 200, query: { tenantFilter: CONTOSO, DeviceName: 'NO-SUCH-PC' } });
		expect(run.error?.message).toMatch(/NO-SUCH-PC \(exactly one match\) was not found/);
	});

	test('Get Many Detected Apps: CIPP answers an unknown device with HTTP 200 and the error as the only row; the item fails', async () => {
		const missing = '11111111-2222-3333-4444-555555555555';
		const run = await runOperation(currentSandbox(), 'intune', 'getManyDetectedApps', {
			tenantFilter: contoso,
			additionalFields: { deviceId: missing },
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(new RegExp(`Resource '${missing}' does not exist`));
	});

	test('Run Passcode Action on an iPhone: CIPP only queues the reset, so the item says queued and has no passcode', async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'runPasscodeAction', {
			tenantFilter: contoso,
			deviceId: locator('id', iphone.id),
			passcodeAction: 'resetPasscode',
		});
		expect(run.items[0].json).toEqual({
			status: 'queued',
			message: `Passcode reset queued for device ${iphone.id}. The new passcode will be generated and can be retrieved from the device details.`,
		});
	});
});
