import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { requireActiveUser } from '../shared/user';
import type { CippOperation, OutputContext } from '../types';

/** CIPP's answer when there is no photo (Invoke-ExecSetUserPhoto.ps1:34): nothing to remove. */
const NO_PHOTO = /^User does not have a profile picture to remove\.$/;
const result = actionResult();

export const removePhoto: CippOperation = {
	resource: 'user',
	value: 'removePhoto',
	name: 'Remove Photo',
	action: "Remove a user's profile photo",
	description:
		"Remove a user's profile photo; a user without one gives status noChange. The user is read first: CIPP answers an unknown user as if it had no photo.",
	...writes('ExecSetUserPhoto', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'userId', in: 'body', encoding: 'graphId' })],
	constants: { body: { action: 'remove' } },
	output: (response: unknown, context: OutputContext): IDataObject[] =>
		result(response, context).map((item) => (NO_PHOTO.test(String(item.message)) ? { ...item, status: 'noChange' } : item)),
	run: async (context) => {
		const userId = String((context.request.body as IDataObject).userId);
		await requireActiveUser(context, userId, `${String(context.values.userId)} is not a user of the tenant. Nothing was changed.`);
		return removePhoto.output(await context.call(context.request, removePhoto.role), context);
	},
};
