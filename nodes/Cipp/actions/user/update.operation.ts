import { additionalFields, requiredParameter, textField } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { profileFields } from '../shared/user';
import type { CippOperation } from '../types';

const CLEARABLE = [
	['City', 'city'],
	['Company Name', 'companyName'],
	['Country', 'country'],
	['Department', 'department'],
	['First Name', 'givenName'],
	['Job Title', 'jobTitle'],
	['Last Name', 'surname'],
	['Mobile Phone', 'mobilePhone'],
	['Business Phones', 'businessPhones'],
	['Other Emails', 'otherMails'],
	['Postal Code', 'postalCode'],
	['State', 'state'],
	['Street Address', 'streetAddress'],
].sort(([a], [b]) => a.localeCompare(b));

export const update: CippOperation = {
	resource: 'user',
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description:
		"Update a user's profile, user principal name, manager and group memberships. CIPP rewrites the user principal name to Username@Domain on every update, so give the current ones to keep it.",
	endpoint: 'EditUser',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'id', in: 'body', encoding: 'graphId' }),
		requiredParameter(
			{
				displayName: 'Username',
				name: 'username',
				type: 'string',
				default: '',
				placeholder: 'e.g. jane.doe',
				description: 'The part of the user principal name before the @, current or new',
			},
			{ name: 'username', in: 'body' },
		),
		requiredParameter(
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'e.g. contoso.com',
				description: 'The part of the user principal name after the @, current or new (a verified domain of the tenant)',
			},
			{ name: 'Domain', in: 'body' },
		),
		additionalFields([
			textField({ displayName: 'Display Name', name: 'displayName', description: "The user's full name as shown in the directory" }, { name: 'DisplayName', in: 'body' }),
			...profileFields,
			textField({ displayName: 'Add to Groups', name: 'AddToGroups', description: 'Object IDs of groups to add the user to, separated by commas (from Group → Get Many)' }, { name: 'AddToGroups', in: 'body', encoding: 'labelValueList' }, validate.longText),
			textField({ displayName: 'Remove From Groups', name: 'RemoveFromGroups', description: 'Object IDs of groups to remove the user from, separated by commas' }, { name: 'RemoveFromGroups', in: 'body', encoding: 'labelValueList' }, validate.longText),
			{
				property: {
					displayName: 'Clear Properties',
					name: 'clearProperties',
					type: 'multiOptions',
					options: CLEARABLE.map(([name, value]) => ({ name, value })),
					default: [],
					description: 'Profile properties to empty (fields left empty above are otherwise kept)',
				},
				send: { name: 'clearProperties', in: 'body', encoding: 'stringList' },
			},
		]),
	],
	output: actionResult(),
};
