import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, text } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { readGroupInfo, userReferences, usersField } from '../shared/group';
import type { CippOperation, StepContext, Validator } from '../types';

/**
 * CIPP removes an owner only when the value is one of the group's owner object IDs (Exchange
 * groups compare it with ManagedBy, Graph deletes owners/{value}); a user principal name is
 * skipped without a word on distribution lists, so only object IDs are accepted.
 */
const ownerIds: Validator = (value, check) => {
	const owners = userReferences({ resolve: false })(value, check) as IDataObject[];
	const upn = owners.find((owner) => !validate.isGuid(String(owner.value)));
	if (upn) {
		validate.invalid(
			check,
			`"${String(upn.value)}" is not an object ID: CIPP matches owners to remove by object ID only and skips anything else without a word.`,
			"Use the owner's object ID (id from User → Get, or owners from Group → Get).",
		);
	}
	return owners;
};

const M365 = ['Microsoft 365'];
const EXCHANGE = ['Distribution List', 'Mail-Enabled Security'];

/** Changes CIPP makes only on some group types and skips on the others without a result line. */
const ONLY_FOR: Record<string, { label: string; types: string[] }> = {
	visibility: { label: 'Visibility', types: M365 },
	sendCopies: { label: 'Send Copies', types: M365 },
	hideFromOutlookClients: { label: 'Hide From Outlook', types: M365 },
	addLicenses: { label: 'Add Licences', types: ['Security'] },
	removeLicenses: { label: 'Remove Licences', types: ['Security'] },
	allowExternal: { label: 'Allow External Senders', types: [...M365, ...EXCHANGE] },
	addContacts: { label: 'Add Contacts', types: EXCHANGE },
	removeContacts: { label: 'Remove Contacts', types: EXCHANGE },
};

const PROPERTIES = ['displayName', 'description', 'mailNickname', 'membershipRules'];

const NOTHING_DONE =
	'CIPP made none of the requested changes and said nothing about why (e.g. a member UPN it could not find, or a setting the group type does not have). Check the values, and CIPP → Logbook.';

/**
 * Reads the group first when the change depends on it: CIPP writes name, description and alias
 * together (null for each one left out: a rename clears the description, a new description
 * alone is refused for a null name), so the current ones are sent back for those not given; and
 * settings the group's type does not have are refused instead of being skipped silently.
 */
async function withGroupState(context: StepContext, body: IDataObject): Promise<IDataObject> {
	const { values } = context;
	const changesProperties = PROPERTIES.some((name) => name in values);
	const typed = Object.keys(ONLY_FOR).filter((name) => name in values);
	if (!changesProperties && typed.length === 0) return body;
	const info = await readGroupInfo(context, values.tenantFilter, values.groupId);
	const groupType = String(info.groupType ?? '');
	for (const name of typed) {
		const { label, types } = ONLY_FOR[name];
		if (!types.includes(groupType)) {
			validate.invalid(
				{ node: context.node, field: label, itemIndex: context.itemIndex, access: 'write' },
				`the group is a ${groupType || 'group of unknown type'} group, and CIPP changes ${label} only for ${types.join(' and ')} groups (on others it skips it, often without a word).`,
				`Remove ${label} for this group.`,
			);
		}
	}
	if (!changesProperties) return body;
	const current = (field: string) => (typeof info[field] === 'string' && info[field] !== '' ? info[field] : null);
	return {
		...body,
		displayName: body.displayName ?? current('displayName'),
		description: body.description ?? current('description'),
		mailNickname: body.mailNickname ?? current('mailNickname'),
	};
}

export const update: CippOperation = {
	resource: 'group',
	value: 'update',
	name: 'Update',
	action: 'Update a group',
	description:
		"Change a group: add or remove members and owners, rename it, change its description, rule or licences, and its Exchange settings. One item per call with CIPP's message for each change; any failed change fails the item, and so does an answer with no change at all. Changing the name, description, alias or rule reads the group first and sends the other two of name, description and alias back unchanged. Settings the group's type does not have are refused.",
	...writes('EditGroup', 'Identity.Group.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		groupParameter({ name: 'groupId', in: 'body', encoding: 'labelValue' }),
		additionalFields([
			{
				property: usersField(
					'Add Members',
					'addMembers',
					'Users to add as members: user principal names or object IDs, separated by commas',
				),
				send: { name: 'AddMember', in: 'body', encoding: 'json', validate: userReferences({ resolve: true }) },
			},
			{
				property: usersField(
					'Remove Members',
					'removeMembers',
					'Members to remove, separated by commas: object IDs (user principal names work only for distribution lists and mail-enabled security groups)',
				),
				send: { name: 'RemoveMember', in: 'body', encoding: 'json', validate: userReferences({ resolve: false }) },
			},
			{
				property: usersField(
					'Add Owners',
					'addOwners',
					'Users to add as owners, separated by commas: object IDs (user principal names work only for distribution lists and mail-enabled security groups)',
				),
				send: { name: 'AddOwner', in: 'body', encoding: 'json', validate: userReferences({ resolve: false }) },
			},
			{
				property: usersField(
					'Remove Owners',
					'removeOwners',
					'Owners to remove, separated by commas: object IDs only (CIPP matches owners by object ID for every group type)',
				),
				send: { name: 'RemoveOwner', in: 'body', encoding: 'json', validate: ownerIds },
			},
			{
				property: {
					displayName: 'Add Contacts',
					name: 'addContacts',
					type: 'string',
					default: '',
					placeholder: 'e.g. partner@fabrikam.com',
					description:
						'Mail contacts to add (distribution lists and mail-enabled security groups): email addresses or IDs, separated by commas',
				},
				send: { name: 'AddContact', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Remove Contacts',
					name: 'removeContacts',
					type: 'string',
					default: '',
					placeholder: 'e.g. partner@fabrikam.com',
					description:
						'Mail contacts to remove (distribution lists and mail-enabled security groups): email addresses or IDs, separated by commas',
				},
				send: { name: 'RemoveContact', in: 'body', encoding: 'labelValueList' },
			},
			text('Display Name', 'displayName', 'A new name for the group', 'displayName', { placeholder: 'e.g. Sales Team' }),
			text('Description', 'description', 'A new description', 'description', { check: validate.longText }),
			text('Alias', 'mailNickname', 'A new mail nickname', 'mailNickname', { placeholder: 'e.g. sales' }),
			text('Membership Rule', 'membershipRules', 'A new membership rule (dynamic groups)', 'membershipRules', {
				placeholder: 'e.g. (user.department -eq "Sales")',
				check: validate.longText,
			}),
			choiceField(
				'Visibility',
				'visibility',
				'Who can see a Microsoft 365 group and its content',
				'visibility',
				'Private',
				choices({ 'Hidden Membership': 'HiddenMembership', Private: 'Private', Public: 'Public' }),
			),
			text('Group Email', 'mail', "The group's email address: needed with Allow External Senders and Send Copies", 'mail', {
				placeholder: 'e.g. sales@contoso.com',
			}),
			flag(
				'Allow External Senders',
				'allowExternal',
				'Whether people outside the organisation may email the group (needs Group Email)',
				'allowExternal',
				true,
			),
			flag(
				'Send Copies',
				'sendCopies',
				"Whether members of a Microsoft 365 group get the group's email and events in their own inbox",
				'sendCopies',
				true,
			),
			flag(
				'Hide From Outlook',
				'hideFromOutlookClients',
				'Whether the Microsoft 365 group is hidden from Outlook',
				'hideFromOutlookClients',
				true,
			),
			{
				property: {
					displayName: 'Add Licences',
					name: 'addLicenses',
					type: 'string',
					default: '',
					placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
					description: 'Licence SKU IDs to assign through the security group, separated by commas',
				},
				send: { name: 'AddLicenses', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Remove Licences',
					name: 'removeLicenses',
					type: 'string',
					default: '',
					placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
					description: 'Licence SKU IDs to stop assigning through the security group, separated by commas',
				},
				send: { name: 'RemoveLicenses', in: 'body', encoding: 'labelValueList' },
			},
		]),
	],
	// Invoke-EditGroup :239-241: the Remove Contacts refusal, unlike its Add twin, has no "Error -" prefix.
	refusals: [/You cannot remove a contact from a Security Group/],
	output: actionResult({ emptyMeans: NOTHING_DONE }),
	run: async (context) => {
		const body = await withGroupState(context, context.request.body as IDataObject);
		return update.output(await context.call({ ...context.request, body }, update.role), context);
	},
};
