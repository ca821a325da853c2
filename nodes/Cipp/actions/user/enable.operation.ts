import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { setSignInState } from '../shared/user';
import type { CippOperation } from '../types';

export const enable: CippOperation = {
	resource: 'user',
	value: 'enable',
	name: 'Enable',
	action: "Allow a user's sign-in",
	description:
		'Allow a blocked user to sign in again (sets accountEnabled to true). For a directory-synced user CIPP still allows sign-in in the cloud, then reports that the state comes from on-premises AD: the item is a warning, and the next directory sync sets it back.',
	...writes('ExecDisableUser', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	constants: { body: { Enable: true } },
	output: actionResult(),
	run: async (context) => await setSignInState(context, enable.role, true),
};
