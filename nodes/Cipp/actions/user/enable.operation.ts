import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const enable: CippOperation = {
	resource: 'user',
	value: 'enable',
	name: 'Enable',
	action: "Allow a user's sign-in",
	description:
		'Allow a blocked user to sign in again (sets accountEnabled to true). Fails for directory-synced users, whose sign-in state comes from on-premises AD.',
	endpoint: 'ExecDisableUser',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	constants: { body: { Enable: true } },
	output: actionResult(),
};
