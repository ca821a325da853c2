import { writes } from '../common/endpoints';
import { additionalFields, idField } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/**
 * CIPP silently skips a Tenant Groups entry whose groupId is not a static group
 * (Invoke-EditTenant.ps1:52-54): an entry without a groupId is refused before sending.
 */
const tenantGroups: Validator = (value, check) => {
	const example = '[{"groupId": "…", "groupName": "Managed Services"}]';
	const list = validate.parsedJson(typeof value === 'string' && value.trim() === '' ? '[]' : value, check, example);
	const entries = Array.isArray(list) ? list : [list];
	for (const entry of entries) {
		const groupId = (entry as { groupId?: unknown } | null)?.groupId;
		if (typeof groupId !== 'string' || !validate.isGuid(groupId.trim())) {
			validate.invalid(
				check,
				`${JSON.stringify(entry)} has no groupId; CIPP would skip it without saying so.`,
				'Give each group its groupId (a GUID, from CIPP → Tenant Groups), e.g. {"groupId": "…", "groupName": "Managed Services"}.',
			);
		}
	}
	return entries;
};

export const update: CippOperation = {
	resource: 'tenant',
	value: 'update',
	name: 'Update',
	action: "Update a tenant's CIPP settings",
	description:
		"Set a customer tenant's alias (the name CIPP shows) and its static tenant groups in CIPP. An empty alias removes the alias. Changes nothing in the tenant itself.",
	...writes('EditTenant', 'Tenant.Config.ReadWrite'),
	parameters: [
		{
			property: {
				...idField(
					'Tenant ID',
					'customerId',
					'e.g. 1032fa86-4e88-4c86-a902-b004920eb126',
					"The tenant's ID (customerId from Tenant → Get Many)",
				),
				required: true,
			},
			send: { name: 'customerId', in: 'body' },
			validate: validate.guid,
		},
		{
			property: {
				displayName: 'Tenant Alias',
				name: 'tenantAlias',
				type: 'string',
				default: '',
				placeholder: 'e.g. Contoso (Head Office)',
				description:
					'The name CIPP shows for the tenant; leave empty to remove an existing alias. CIPP removes the alias whenever this is empty, also when you only change Tenant Groups: enter the current alias (displayName of Tenant → Get Many) to keep it.',
			},
			send: { name: 'tenantAlias', in: 'body' },
			optional: true,
			validate: validate.text,
		},
		additionalFields([
			{
				property: {
					displayName: 'Tenant Groups',
					name: 'tenantGroups',
					type: 'json',
					default: '[]',
					placeholder: '[{"groupId": "0f6c...", "groupName": "Managed Services"}]',
					description:
						'The static CIPP tenant groups the tenant belongs to, as a JSON list of {groupId, groupName}; the tenant leaves static groups not listed. An empty list ([]) leaves every membership as it is; CIPP skips dynamic groups.',
				},
				send: { name: 'tenantGroups', in: 'body', encoding: 'json', validate: tenantGroups },
			},
		]),
	],
	output: actionResult(),
};
