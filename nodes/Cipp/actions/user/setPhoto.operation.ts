import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { photoData, photoSourceParameters, withFields } from '../shared/user';
import type { CippOperation } from '../types';

export const setPhoto: CippOperation = {
	resource: 'user',
	value: 'setPhoto',
	name: 'Set Photo',
	action: "Set a user's profile photo",
	description:
		"Set a user's profile photo from a JPEG or PNG image (a binary file of the input item, or base64) of at most 4 MB, checked before sending",
	...writes('ExecSetUserPhoto', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter({ name: 'userId', in: 'body', encoding: 'graphId' }), ...photoSourceParameters],
	constants: { body: { action: 'set' } },
	output: actionResult(),
	run: async (context) => {
		const request = withFields(context.request, { photoData: await photoData(context) });
		return setPhoto.output(await context.call(request, setPhoto.role), { ...context, request });
	},
};
