import { reads } from '../common/endpoints';
import { additionalFields, numberField } from '../common/fields';
import { tenantParameter, userByIdParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getSignInLogs: CippOperation = {
	resource: 'user',
	value: 'getSignInLogs',
	name: 'Get Sign-In Logs',
	action: "Get a user's recent sign-ins",
	description: "List a user's most recent Entra ID sign-ins, newest first, one item per sign-in (Graph signIn objects)",
	...reads('ListUserSigninLogs', 'Identity.User.Read'),
	parameters: [
		tenantParameter('query'),
		userByIdParameter({ name: 'UserID', in: 'query' }),
		additionalFields([
			numberField(
				{
					displayName: 'Max Sign-Ins',
					name: 'top',
					description: 'How many of the newest sign-ins to return (CIPP default 50)',
					default: 50,
				},
				{ name: 'top', in: 'query' },
			),
		]),
	],
	output: records,
};
