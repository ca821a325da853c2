import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, entriesText, pascalFlag, requiredText, text } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { graphRead } from '../safeReset';
import { profileFields } from '../shared/user';
import type { CippOperation, StepContext } from '../types';

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

const updateResult = actionResult();

/**
 * CIPP adds and removes Microsoft 365 and security group members through Graph with the user's
 * `id` in the URL, which takes an object ID only: a user given by UPN is looked up first.
 */
async function objectIdForGroups(context: StepContext): Promise<string | undefined> {
	const body = context.request.body as IDataObject;
	const id = String(body.id);
	if (!body.AddToGroups && !body.RemoveFromGroups) return undefined;
	if (validate.isGuid(id)) return undefined;
	const [user] = await graphRead(context.call, String(body.tenantFilter), `users/${id}`, 'id');
	if (typeof user?.id !== 'string') {
		context.fail(`Could not find the object ID of ${String(context.values.userId ?? id)}, which group changes need. Nothing was changed.`);
	}
	return user.id;
}

export const update: CippOperation = {
	resource: 'user',
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description:
		"Update a user's profile, user principal name, manager and group memberships. On every update CIPP also rewrites the user principal name to Username@Domain and the mail nickname to Username (give the current ones to keep them), and sets 'must change password at next sign-in' from Must Change Password (off when not added).",
	...writes('EditUser', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'id', in: 'body', encoding: 'graphId' }),
		requiredText(
			{
				displayName: 'Username',
				name: 'username',
				placeholder: 'e.g. jane.doe',
				description: 'The part of the user principal name before the @, current or new',
			},
			{ name: 'username', in: 'body' },
		),
		requiredText(
			{
				displayName: 'Domain',
				name: 'domain',
				placeholder: 'e.g. contoso.com',
				description: 'The part of the user principal name after the @, current or new (a verified domain of the tenant)',
			},
			{ name: 'Domain', in: 'body' },
		),
		additionalFields([
			text('Display Name', 'displayName', "The user's full name as shown in the directory", 'DisplayName'),
			...profileFields,
			pascalFlag(
				'Must Change Password',
				'MustChangePass',
				'Whether the user must choose a new password at the next sign-in. CIPP sets this on every update: when not added it is turned off, e.g. after a reset with Must Change Password.',
			),
			entriesText('Add to Groups', 'AddToGroups', 'Object IDs of groups to add the user to, separated by commas (from Group → Get Many)'),
			entriesText('Remove From Groups', 'RemoveFromGroups', 'Object IDs of groups to remove the user from, separated by commas'),
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
	output: updateResult,
	run: async (context) => {
		const objectId = await objectIdForGroups(context);
		const request = objectId ? { ...context.request, body: { ...(context.request.body as IDataObject), id: objectId } } : context.request;
		return updateResult(await context.call(request, update.role), { ...context, request });
	},
};
