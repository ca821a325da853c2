import { fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import type { OperationExample } from '../support/catalogue';
import { locator } from '../support/workflows';

/** The example of Intune → Send Organizational Message, run by intune.test.ts's catalogue. */
export const CONTOSO = 'contoso.onmicrosoft.com';
export const allStaff = stableGuid(`${fixtures.tenantIds.contoso}/group/All Staff`);
export const orgMessageParameters = {
	tenantFilter: locator('domain', CONTOSO),
	groupId: locator('id', allStaff),
	messageType: 'notification',
	url: 'https://contoso.com/it-news',
	frequency: 'monthlyTwice',
};

export const orgMessageExamples: Record<string, OperationExample> = {
	sendOrgMessage: {
		parameters: orgMessageParameters,
		request: {
			method: 'POST',
			endpoint: 'ExecSendOrgMessage',
			query: { tenantFilter: CONTOSO, ID: allStaff, type: 'notification', URL: 'https://contoso.com/it-news', freq: 'monthlyTwice' },
		},
		output: ([item, ...rest]) => {
			expect(rest).toHaveLength(0);
			expect(item.json).toMatchObject({
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				frequency: 'monthlyTwice',
				targeting: { targetingType: 'aadGroup', includeIds: [allStaff] },
				content: { guidedContentId: '1ff7c7e7-128c-4e18-a926-bdac4e906ea1', logoInfo: { logoCdnUrl: 'https://hulpnu.nl/tools/Red.jpg' } },
			});
			const days = (Date.parse(String(item.json.endDateTime)) - Date.parse(String(item.json.startDateTime))) / 86_400_000;
			expect(days).toBeGreaterThanOrEqual(365);
		},
	},
};
