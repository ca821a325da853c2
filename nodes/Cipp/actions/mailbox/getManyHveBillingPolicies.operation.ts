import { mailboxRead } from '../shared/mailbox';

export const getManyHveBillingPolicies = mailboxRead({
	value: 'getManyHveBillingPolicies',
	name: 'Get Many HVE Billing Policies',
	action: 'Get many high volume email billing policies',
	description: "List the tenant's billing policies for High Volume Email (the Azure subscriptions HVE use is billed to)",
	endpoint: 'ListHVEAccounts',
	constants: { query: { ListBillingPolicies: 'true' } },
});
