import { actionResult } from '../common/outputs';
import { additionalFields, requiredParameter, tenantParameter, userParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { profileFields, textField } from './fields';

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
			textField('Display Name', 'displayName', "The user's full name as shown in the directory", { cippName: 'DisplayName' }),
			...profileFields,
			textField('Add to Groups', 'AddToGroups', 'Object IDs of groups to add the user to, separated by commas (from Group → Get Many)', {
				encoding: 'labelValueList',
			}),
			textField('Remove From Groups', 'RemoveFromGroups', 'Object IDs of groups to remove the user from, separated by commas', {
				encoding: 'labelValueList',
			}),
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
