import { restoreWrite } from '../shared/mailbox';

export const deleteRestoreRequest = restoreWrite({
	value: 'deleteRestoreRequest',
	name: 'Delete Restore Request',
	action: 'Delete a mailbox restore request',
	description: 'Delete a mailbox restore request (the items it already copied stay)',
	restoreAction: 'Remove',
});
