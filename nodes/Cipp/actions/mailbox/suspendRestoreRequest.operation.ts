import { restoreWrite } from '../shared/mailbox';

export const suspendRestoreRequest = restoreWrite({
	value: 'suspendRestoreRequest',
	name: 'Suspend Restore Request',
	action: 'Suspend a mailbox restore request',
	description: 'Pause a running mailbox restore request',
	restoreAction: 'Suspend',
});
