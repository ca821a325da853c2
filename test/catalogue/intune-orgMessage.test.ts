// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { orgMessageParameters } from './intune-orgMessage.examples';

describe('intune: Send Organizational Message', () => {
	const currentSandbox = sandboxPerFile();

	test('a link that is not HTTPS is refused before anything is sent', async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'sendOrgMessage', { ...orgMessageParameters, url: 'contoso.com/news' });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/not in the expected form/);
	});

	test('the Get Started type (placeholder texts) is refused, also from an expression', async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'sendOrgMessage', {
			...orgMessageParameters,
			messageType: '={{ "getStarted" }}',
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/"getStarted" is not one of taskbar, notification/);
	});

	test("Graph's refusal (a tenant without Intune) fails the item with CIPP's HTTP 403 text", async () => {
		const run = await runOperation(currentSandbox(), 'intune', 'sendOrgMessage', {
			...orgMessageParameters,
			tenantFilter: locator('domain', 'tailspin.onmicrosoft.com'),
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Required license not available for this tenant/);
	});
});
