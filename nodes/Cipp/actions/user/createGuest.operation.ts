import { writes } from '../common/endpoints';
import { additionalFields, booleanField, requiredText, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const email: Validator = (value, check) => {
	const address = validate.text(value, check);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
		validate.invalid(check, `"${address}" is not an email address.`, "Enter the guest's email address, e.g. jane@fabrikam.com.");
	}
	return address;
};

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
			{ name: 'mail', in: 'body', validate: email },
		),
		booleanField(
			{
				displayName: 'Send Invitation Email',
				name: 'sendInvite',
				default: true,
				description: 'Whether Microsoft emails the invitation to the guest',
			},
			{ name: 'sendInvite', in: 'body' },
		),
		additionalFields([
			textField(
				{ displayName: 'Display Name', name: 'displayName', description: "The guest's display name", placeholder: 'e.g. Jane Doe' },
				{ name: 'displayName', in: 'body' },
			),
			textField(
				{ displayName: 'Message', name: 'message', description: 'A personal message added to the invitation email' },
				{ name: 'message', in: 'body' },
			),
			textField(
				{
					displayName: 'Redirect URL',
					name: 'redirectUri',
					description: 'Where the guest lands after accepting (default https://myapps.microsoft.com)',
					placeholder: 'e.g. https://contoso.sharepoint.com',
				},
				{ name: 'redirectUri', in: 'body' },
			),
		]),
	],
	output: actionResult(),
};
