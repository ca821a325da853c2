import { requiredText } from '../common/fields';
import * as validate from '../common/validators';
import { hveAccount, hveWrite } from '../shared/mailbox';

export const assignHveBillingPolicy = hveWrite({
	value: 'assignHveBillingPolicy',
	name: 'Assign HVE Billing Policy',
	action: 'Assign a billing policy to a high volume email account',
	description: 'Bill the use of a High Volume Email (HVE) account to one of the billing policies of Get Many HVE Billing Policies',
	hveAction: 'AssignBillingPolicy',
	parameters: [
		hveAccount,
		requiredText(
			{
				displayName: 'Billing Policy ID',
				name: 'billingPolicyId',
				placeholder: 'e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
				description: 'The GUID of the billing policy',
			},
			{ name: 'BillingPolicyId', in: 'body', encoding: 'labelValue', validate: validate.guid },
		),
	],
});
