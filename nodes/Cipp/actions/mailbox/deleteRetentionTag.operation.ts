import { retentionPicker, retentionWrite } from '../shared/mailbox';

export const deleteRetentionTag = retentionWrite({
	value: 'deleteRetentionTag',
	name: 'Delete Retention Tag',
	action: 'Delete a mailbox retention tag',
	description: 'Delete an Exchange retention tag; CIPP refuses while a retention policy still links it',
	endpoint: 'ExecManageRetentionTags',
	parameters: [retentionPicker('Tag', { name: 'DeleteTags', in: 'body' })],
});
