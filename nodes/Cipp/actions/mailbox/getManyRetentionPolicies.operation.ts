import { retentionList } from '../shared/mailbox';

export const getManyRetentionPolicies = retentionList({
	value: 'getManyRetentionPolicies',
	name: 'Get Many Retention Policies',
	action: 'Get many mailbox retention policies',
	description: "List the tenant's Exchange retention (MRM) policies, each with the names of its retention tags (RetentionPolicyTagLinks)",
	endpoint: 'ExecManageRetentionPolicies',
});
