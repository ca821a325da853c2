import type { IDataObject, INodeProperties } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import { isFailure, readResults } from '../../helpers/results';
import { actionResult } from '../common/outputs';
import type { OutputContext, Validator } from '../types';

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

/**
 * CIPP's group Exchange helpers answer HTTP 200 with a sentence when they refuse (e.g. "Security's
 * group cannot have this setting changed"): such an answer fails the item.
 */
export function groupActionResult(response: unknown, context: OutputContext): IDataObject[] {
	const refused = readResults(response).find((result) => !isFailure(result) && /cannot have this setting changed/i.test(result.text));
	if (refused) context.fail(refused.text);
	return actionResult()(response, context);
}
