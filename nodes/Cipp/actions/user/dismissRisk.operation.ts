import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter, userByIdParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const dismissRisk: CippOperation = {
	resource: 'user',
	value: 'dismissRisk',
	name: 'Dismiss Risk',
	action: "Dismiss a risky user's risk",
	description:
		"Dismiss Entra ID Protection's risk for a user (for example after the account was secured), so risk-based Conditional Access stops blocking it",
	...writes('ExecDismissRiskyUser', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userByIdParameter({ name: 'userId', in: 'body' }),
		additionalFields([
			text('User Display Name', 'userDisplayName', "The user's name for CIPP's message and logbook entry", 'userDisplayName', {
				placeholder: 'e.g. Jane Doe',
			}),
		]),
	],
	output: actionResult(),
};
