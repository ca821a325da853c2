import * as validate from '../common/validators';
import { NEW_NAME, changeFields, retentionName, retentionPicker, retentionWrite, tagNames } from '../shared/mailbox';

export const updateRetentionPolicy = retentionWrite({
	value: 'updateRetentionPolicy',
	name: 'Update Retention Policy',
	action: 'Update a mailbox retention policy',
	description: 'Rename an Exchange retention (MRM) policy, or link or unlink retention tags (CIPP keeps the tags not named)',
	endpoint: 'ExecManageRetentionPolicies',
	parameters: [
		retentionPicker('Policy'),
		changeFields([
			NEW_NAME,
			tagNames('Add Tags', 'addTags', 'Names of retention tags to link, separated by commas'),
			tagNames('Remove Tags', 'removeTags', 'Names of retention tags to unlink, separated by commas'),
		]),
	],
	list: 'ModifyPolicies',
	entry: (values, check) => {
		const { newName, addTags, removeTags } = values.updateFields as Record<string, unknown>;
		// CIPP computes the removal from the current tags, dropping the additions (Invoke-ExecManageRetentionPolicies.ps1:101-120).
		if (addTags !== undefined && removeTags !== undefined) {
			validate.invalid(
				check,
				'CIPP would drop the tags to add when it removes tags in the same call.',
				'Add tags and remove tags in two runs.',
			);
		}
		return {
			Identity: values.retentionPolicy,
			...(newName !== undefined ? { Name: retentionName(newName, check) } : {}),
			...(addTags !== undefined ? { AddTags: validate.listOf(addTags) } : {}),
			...(removeTags !== undefined ? { RemoveTags: validate.listOf(removeTags) } : {}),
		};
	},
});
