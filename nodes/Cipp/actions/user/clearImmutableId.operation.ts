import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { requireActiveUser } from '../shared/user';
import type { CippOperation } from '../types';

export const clearImmutableId: CippOperation = {
	resource: 'user',
	value: 'clearImmutableId',
	name: 'Clear Immutable ID',
	action: "Clear a user's immutable ID",
	description:
		"Clear a user's on-premises immutable ID (onPremisesImmutableId) so the cloud account can be matched to another AD account or stay cloud-only. Fails while the user is still directory-synced. A deleted user is refused (CIPP itself would restore it from the recycle bin first).",
	...writes('ExecClrImmId', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	output: actionResult(),
	run: async (context) => {
		const id = String((context.request.body as { ID: string }).ID);
		// Given a deleted user's ID, CIPP restores the account from the recycle bin before clearing, and says only "cleared".
		await requireActiveUser(
			context,
			id,
			`${String(context.values.userId)} is not an active user of the tenant. If it is a deleted user, restore it first with User → Restore Deleted Item: CIPP would restore it silently. Nothing was changed.`,
		);
		return clearImmutableId.output(await context.call(context.request, clearImmutableId.role), context);
	},
};
