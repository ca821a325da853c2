import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { setSignInState } from '../shared/user';
import type { CippOperation } from '../types';

export const disable: CippOperation = {
	resource: 'user',
	value: 'disable',
	name: 'Disable',
	action: "Block a user's sign-in",
	description:
		'Block a user from signing in (sets accountEnabled to false); existing sessions stay valid until revoked. For a directory-synced user CIPP still blocks sign-in in the cloud, then reports that the state comes from on-premises AD: the item is a warning, and the next directory sync sets it back (disable it on-premises too).',
	...writes('ExecDisableUser', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	constants: { body: { Enable: false } },
	output: actionResult(),
	run: async (context) => await setSignInState(context, disable.role, false),
};
