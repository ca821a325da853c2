import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const disable: CippOperation = {
	resource: 'user',
	value: 'disable',
	name: 'Disable',
	action: "Block a user's sign-in",
	description:
		'Block a user from signing in (sets accountEnabled to false); existing sessions stay valid until revoked. Fails for directory-synced users, whose sign-in state comes from on-premises AD.',
	endpoint: 'ExecDisableUser',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	constants: { body: { Enable: false } },
	output: actionResult(),
};
