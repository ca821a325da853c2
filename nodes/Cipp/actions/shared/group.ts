import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { flag, text } from '../common/fields';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippParameter, SendTo, StepContext, Validator } from '../types';

/** The group types ListGroups reports (groupType), which CIPP's Exchange-or-Graph switches test for. */
export const GROUP_TYPES = [
	{ name: 'Distribution List', value: 'Distribution List' },
	{ name: 'Mail-Enabled Security', value: 'Mail-Enabled Security' },
	{ name: 'Microsoft 365', value: 'Microsoft 365' },
	{ name: 'Security', value: 'Security' },
];

/** The group's type, as ListGroups reports it: CIPP picks Exchange or Graph by it. */
export function groupTypeField(options = GROUP_TYPES): INodeProperties {
	return {
		displayName: 'Group Type',
		name: 'groupType',
		type: 'options',
		required: true,
		default: 'Microsoft 365',
		options,
		description: 'The type of the group (groupType from Group → Get Many); CIPP picks Exchange or Microsoft Graph by it',
	};
}

/** Groups whose Exchange settings (GAL, external senders) CIPP can change. */
export const MAIL_GROUP_TYPES = GROUP_TYPES.filter((type) => type.value !== 'Security');

function entries(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/);
	return list.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/**
 * Users as CIPP's group editor sends them: `{value: <object ID>, label, addedFields: {userPrincipalName}}`.
 * For a UPN, `resolve` leaves `value` out so CIPP looks the ID up itself (only AddMember does);
 * otherwise the UPN goes in `value` as well, which Exchange groups accept and Graph groups refuse.
 */
export function userReferences({ resolve }: { resolve: boolean }): Validator {
	return (value, check) =>
		entries(value).map((entry) => {
			const user = String(validate.user(entry, check));
			if (validate.isGuid(user)) return { value: user, label: user };
			return resolve
				? { label: user, addedFields: { userPrincipalName: user } }
				: { value: user, label: user, addedFields: { userPrincipalName: user } };
		});
}

/** A list of users (UPNs or object IDs) for a collection field. */
export function usersField(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'e.g. jane.doe@contoso.com, 5f1c2d3e-4b6a-4c8d-9e0f-1a2b3c4d5e6f',
		description,
	};
}

/** CIPP's group Exchange helpers answer HTTP 200 with this sentence when they refuse. */
export const GROUP_SETTING_REFUSED = /cannot have this setting changed/i;

/** The group kinds CIPP creates, as its group form names them (groups and group templates). */
const NEW_GROUP_TYPES = [
	{ name: 'Distribution List', value: 'distribution' },
	{ name: 'Dynamic Distribution List', value: 'dynamicdistribution' },
	{ name: 'Dynamic Security Group', value: 'dynamic' },
	{ name: 'Mail-Enabled Security Group', value: 'security' },
	{ name: 'Microsoft 365 Group', value: 'm365' },
	{ name: 'Role-Assignable Security Group', value: 'azurerole' },
	{ name: 'Security Group', value: 'generic' },
];

/** The kind of group to create, for Create and Create Template alike: CIPP's group form's choices. */
export const newGroupTypeParameter: CippParameter = {
	property: {
		displayName: 'Group Type',
		name: 'groupType',
		type: 'options',
		required: true,
		default: 'm365',
		options: NEW_GROUP_TYPES,
		description: 'The kind of group',
	},
	send: { name: 'groupType', in: 'body' },
};

/** The optional settings groups and group templates share, with CIPP's field names. */
export const groupSettings: Array<{ property: INodeProperties; send: SendTo }> = [
	{
		property: { displayName: 'Description', name: 'description', type: 'string', default: '', description: "The group's description" },
		send: { name: 'description', in: 'body', validate: validate.longText },
	},
	text(
		'Membership Rule',
		'membershipRules',
		'For dynamic groups: the membership rule (Entra syntax) or, for dynamic distribution lists, the recipient filter',
		'membershipRules',
		{ placeholder: 'e.g. (user.department -eq "Sales")', check: validate.longText },
	),
	flag(
		'Allow External Senders',
		'allowExternal',
		'Whether people outside the organisation may email the group (distribution lists)',
		'allowExternal',
	),
	flag('Hide From GAL', 'hideFromGAL', 'Whether the distribution list is hidden from the global address list', 'hideFromGAL'),
	{
		property: {
			displayName: 'Email Aliases',
			name: 'aliases',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. sales-team@contoso.com',
			description: 'For distribution lists: more email addresses, one per line',
		},
		send: {
			name: 'aliases',
			in: 'body',
			validate: (value, check) =>
				String(value)
					.split(/[\n,]/)
					.map((alias) => alias.trim())
					.filter(Boolean)
					.map((alias) => validate.text(alias, check))
					.join('\n'),
		},
	},
	{
		property: {
			displayName: 'Licences',
			name: 'licenses',
			type: 'string',
			default: '',
			placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
			description: 'For security groups: licence SKU IDs to assign through the group, separated by commas',
		},
		send: { name: 'licenses', in: 'body', encoding: 'labelValueList' },
	},
];

/**
 * The group as ListGroups describes it (groupInfo: names, description, groupType), read before a
 * change whose effect depends on it.
 */
export async function readGroupInfo(context: StepContext, tenantFilter: unknown, groupId: unknown): Promise<IDataObject> {
	const answer = await context.call(
		{ method: 'GET', endpoint: 'ListGroups', qs: { tenantFilter: String(tenantFilter), groupID: String(groupId) } },
		'Identity.Group.Read',
	);
	const info = isRecord(answer) && isRecord(answer.groupInfo) ? answer.groupInfo : undefined;
	if (!info || !info.id) context.fail(`CIPP returned no group ${String(groupId)} in ${String(tenantFilter)}: check the group ID.`);
	return info;
}
