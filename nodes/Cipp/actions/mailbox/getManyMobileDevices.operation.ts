import { mailboxRead } from '../shared/mailbox';

export const getManyMobileDevices = mailboxRead({
	value: 'getManyMobileDevices',
	name: 'Get Many Mobile Devices',
	action: 'Get the phones that sync a mailbox',
	description:
		'List the mobile devices that sync a mailbox through Exchange ActiveSync or the Outlook app, with their access state, model, OS and last sync; deviceID and Guid are what Set Mobile Device needs',
	endpoint: 'ListMailboxMobileDevices',
	mailbox: { name: 'Mailbox', in: 'query' },
});
