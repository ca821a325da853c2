import { retentionList } from '../shared/mailbox';

export const getManyRetentionTags = retentionList({
	value: 'getManyRetentionTags',
	name: 'Get Many Retention Tags',
	action: 'Get many mailbox retention tags',
	description: "List the tenant's Exchange retention tags, each with its type, age limit and retention action",
	endpoint: 'ExecManageRetentionTags',
});
