import { mailboxRead } from '../shared/mailbox';

export const getManyActiveSyncDevices = mailboxRead({
	value: 'getManyActiveSyncDevices',
	name: 'Get Many ActiveSync Devices',
	action: 'Get the mobile devices of every mailbox',
	description: 'List the mobile devices of every mailbox in a tenant, with their user, access state, model, OS and sync times (UTC)',
	endpoint: 'ListActiveSyncDevices',
});
