import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, guidText, requiredLine, shownWhen, text } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const saveTenantGroup: CippOperation = {
	resource: 'administration',
	value: 'saveTenantGroup',
	name: 'Save Tenant Group',
	action: 'Create or update a CIPP tenant group',
	description:
		'Create a tenant group, or update the one with the given ID: a static group gets exactly the member tenants given (others are removed), a dynamic group its rules',
	...writes('ExecTenantGroup', 'Tenant.Groups.ReadWrite'),
	parameters: [
		requiredLine('Name', 'groupName', 'The group name', 'groupName', { placeholder: 'e.g. Managed Services' }),
		choiceField(
			'Group Type',
			'groupType',
			'Static: the tenants given; dynamic: the tenants its rules match',
			'groupType',
			'static',
			choices({ Static: 'static', Dynamic: 'dynamic' }),
		),
		shownWhen(
			{ groupType: ['static'] },
			{
				property: {
					displayName: 'Member Tenant IDs',
					name: 'members',
					type: 'string',
					default: '',
					placeholder: 'e.g. 1032fa86-4e88-4c86-a902-b004920eb126, ...',
					description: "The group's tenants by tenant ID (customerId), separated by commas; tenants not listed leave the group",
				},
				send: { name: 'members', in: 'body', encoding: 'labelValueList' },
				validate: validate.guidList,
			},
		),
		shownWhen(
			{ groupType: ['dynamic'] },
			{
				property: {
					displayName: 'Rules',
					name: 'dynamicRules',
					type: 'json',
					default: '[\n  { "property": "availableLicense", "operator": "in", "value": [] }\n]',
					description:
						'The rules as a JSON list of {property, operator, value}: property delegatedAccessStatus, availableLicense, availableServicePlan, tenantGroupMember, customVariable or gdapRelationshipAge',
				},
				send: { name: 'dynamicRules', in: 'body', encoding: 'json' },
				validate: (value, check) =>
					validate.parsedJsonWhere(
						value,
						check,
						'[{"property": "availableLicense", "operator": "in", "value": [...]}]',
						(rules) => Array.isArray(rules) && rules.length > 0 && rules.every(isRecord),
						'the rules are not a JSON list of rules.',
						'Enter [{"property": "...", "operator": "eq", "value": ...}, ...].',
					),
			},
		),
		additionalFields([
			guidText('Group ID', 'groupId', 'The group to update; leave out to create a group', 'groupId'),
			text('Description', 'groupDescription', 'What the group is for', 'groupDescription', { check: validate.longText }),
			choiceField(
				'Rule Logic',
				'ruleLogic',
				'Dynamic groups: whether a tenant must match all rules or any',
				'ruleLogic',
				'and',
				choices({ 'All Rules (And)': 'and', 'Any Rule (Or)': 'or' }),
			),
			flag(
				'Exclude Partner Tenant',
				'excludePartnerTenant',
				'Whether a dynamic group leaves out the partner tenant',
				'excludePartnerTenant',
				true,
			),
		]),
	],
	constants: { body: { Action: 'AddEdit' } },
	output: actionResult(),
	// CIPP removes every member not in the list given: an empty list would empty the group, so it is refused.
	run: async (context) => {
		const body = context.request.body as IDataObject;
		if (body.groupType === 'static' && !(Array.isArray(body.members) && body.members.length > 0)) {
			validate.invalid(
				{ node: context.node, field: 'Member Tenant IDs', itemIndex: context.itemIndex, access: 'write' },
				'no member tenant was given; CIPP would remove every member of the group.',
				'Enter the tenant IDs of all the tenants the group should have.',
			);
		}
		return saveTenantGroup.output(
			await context.call({ ...context.request, body: { Action: 'AddEdit', ...body } }, saveTenantGroup.role),
			context,
		);
	},
};
