import { records } from '../common/outputs';
import { additionalFields, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { numberField, userByIdParameter } from './fields';

export const getSignInLogs: CippOperation = {
	resource: 'user',
	value: 'getSignInLogs',
	name: 'Get Sign-In Logs',
	action: "Get a user's recent sign-ins",
	description: "List a user's most recent Entra ID sign-ins, newest first, one item per sign-in (Graph signIn objects)",
	endpoint: 'ListUserSigninLogs',
	method: 'GET',
	access: 'read',
	role: 'Identity.User.Read',
	parameters: [
		tenantParameter('query'),
		userByIdParameter({ name: 'UserID', in: 'query' }),
		additionalFields([numberField('Max Sign-Ins', 'top', 'How many of the newest sign-ins to return (CIPP default 50)', 50, { in: 'query' })]),
	],
	output: records,
};
