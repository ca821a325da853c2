/** Tenant → Set Registration Campaign: its example for tenant.test.ts's catalogue (kept here, beside its other tests). */
import type { OperationExample } from '../support/catalogue';
import { locator } from '../support/workflows';

const contoso = 'contoso.onmicrosoft.com';
export const ADMINS_GROUP = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';

export const registrationExamples: Record<string, OperationExample> = {
	setRegistrationCampaign: {
		parameters: {
			tenantFilter: locator('domain', contoso),
			state: 'enabled',
			additionalFields: { targetedAuthenticationMethod: 'fido2', snoozeDurationInDays: 3, enforce: true, includeGroups: ADMINS_GROUP },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecRegistrationCampaign',
			body: {
				tenantFilter: { value: contoso, label: contoso },
				state: { value: 'enabled', label: 'enabled' },
				targetedAuthenticationMethod: { value: 'fido2', label: 'fido2' },
				snoozeDurationInDays: 3,
				enforceRegistrationAfterAllowedSnoozes: true,
				includeGroups: [ADMINS_GROUP],
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message:
					'Set the registration campaign state to enabled targeting fido2 with a snooze duration of 3 day(s), 1 include target(s) and 0 exclude target(s)',
			}),
	},
};
