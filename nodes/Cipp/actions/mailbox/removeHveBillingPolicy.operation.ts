import { hveAccount, hveWrite } from '../shared/mailbox';

export const removeHveBillingPolicy = hveWrite({
	value: 'removeHveBillingPolicy',
	name: 'Remove HVE Billing Policy',
	action: 'Remove the billing policy of a high volume email account',
	description: 'Remove the billing policy from a High Volume Email (HVE) account',
	hveAction: 'RemoveBillingPolicy',
	parameters: [hveAccount],
});
