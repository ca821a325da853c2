import { retentionPicker, retentionWrite } from '../shared/mailbox';

export const deleteRetentionPolicy = retentionWrite({
	value: 'deleteRetentionPolicy',
	name: 'Delete Retention Policy',
	action: 'Delete a mailbox retention policy',
	description: 'Delete an Exchange retention (MRM) policy; CIPP refuses while any mailbox still has it',
	endpoint: 'ExecManageRetentionPolicies',
	parameters: [retentionPicker('Policy', { name: 'DeletePolicies', in: 'body' })],
});
