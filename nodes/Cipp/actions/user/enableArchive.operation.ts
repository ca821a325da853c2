import { actionResult } from '../common/outputs';
import { tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { mailboxParameter } from './fields';

export const enableArchive: CippOperation = {
	resource: 'user',
	value: 'enableArchive',
	name: 'Enable Archive',
	action: "Enable a user's online archive",
	description: "Enable the online archive (In-Place Archive) of a user's mailbox",
	endpoint: 'ExecEnableArchive',
	method: 'POST',
	access: 'write',
	role: 'Exchange.Mailbox.ReadWrite',
	parameters: [tenantParameter('body'), mailboxParameter({ name: 'id', in: 'body' })],
	output: actionResult(),
};
