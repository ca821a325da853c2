import { hveAccount, hveWrite } from '../shared/mailbox';

export const deleteHveAccount = hveWrite({
	value: 'deleteHveAccount',
	name: 'Delete HVE Account',
	action: 'Delete a high volume email account',
	description: 'Delete a High Volume Email (HVE) account',
	hveAction: 'Remove',
	parameters: [hveAccount],
});
