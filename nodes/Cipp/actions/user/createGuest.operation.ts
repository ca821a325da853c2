import { writes } from '../common/endpoints';
import { additionalFields, flag, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const createGuest: CippOperation = {
	resource: 'user',
	value: 'createGuest',
	name: 'Create Guest',
	action: 'Invite a guest user',
	description: 'Invite an external person as a B2B guest user of the tenant, optionally sending the invitation email',
	...writes('AddGuest', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Email',
				name: 'mail',
				placeholder: 'e.g. jane@fabrikam.com',
				description: "The guest's email address",
			},
			{ name: 'mail', in: 'body', validate: validate.emailAddress },
		),
		flag('Send Invitation Email', 'sendInvite', 'Whether Microsoft emails the invitation to the guest', 'sendInvite', true),
		additionalFields([
			text('Display Name', 'displayName', "The guest's display name", 'displayName', { placeholder: 'e.g. Jane Doe' }),
			text('Message', 'message', 'A personal message added to the invitation email', 'message'),
			text('Redirect URL', 'redirectUri', 'Where the guest lands after accepting (default https://myapps.microsoft.com)', 'redirectUri', {
				placeholder: 'e.g. https://contoso.sharepoint.com',
			}),
		]),
	],
	output: actionResult(),
};
