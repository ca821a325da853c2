import { restoreWrite } from '../shared/mailbox';

export const resumeRestoreRequest = restoreWrite({
	value: 'resumeRestoreRequest',
	name: 'Resume Restore Request',
	action: 'Resume a mailbox restore request',
	description: 'Start a suspended or failed mailbox restore request again',
	restoreAction: 'Resume',
});
