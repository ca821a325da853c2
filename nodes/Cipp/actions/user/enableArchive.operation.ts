import { writes } from '../common/endpoints';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const enableArchive: CippOperation = {
	resource: 'user',
	value: 'enableArchive',
	name: 'Enable Archive',
	action: "Enable a user's online archive",
	description: "Enable the online archive (In-Place Archive) of a user's mailbox",
	...writes('ExecEnableArchive', 'Exchange.Mailbox.ReadWrite'),
	parameters: [tenantParameter('body'), mailboxParameter({ name: 'id', in: 'body' })],
	output: actionResult(),
};
