import * as validate from '../common/validators';
import { retentionName, retentionWrite, tagNames, valueOnly } from '../shared/mailbox';

export const createRetentionPolicy = retentionWrite({
	value: 'createRetentionPolicy',
	name: 'Create Retention Policy',
	action: 'Create a mailbox retention policy',
	description: 'Create an Exchange retention (MRM) policy that links the given retention tags; apply it with Set Retention Policy',
	endpoint: 'ExecManageRetentionPolicies',
	parameters: [
		valueOnly({ displayName: 'Name', name: 'name', type: 'string', default: '' }, retentionName),
		{
			property: tagNames('Retention Tags', 'retentionTags', 'Names of the retention tags the policy links, separated by commas'),
			optional: true,
			validate: (value) => validate.listOf(value),
		},
	],
	list: 'CreatePolicies',
	entry: (values) => ({
		Name: values.name,
		...(Array.isArray(values.retentionTags) && values.retentionTags.length ? { RetentionPolicyTagLinks: values.retentionTags } : {}),
	}),
});
