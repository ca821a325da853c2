import { writes } from '../common/endpoints';
import { additionalFields, requiredParameter } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { GDAP_ROLES, customSuffixProperty, roleOptions } from '../shared/gdap';
import type { CippOperation, Validator } from '../types';

/** CIPP names each group after `label` and maps it to `value`, the role definition ID. */
const rolesWithNames: Validator = (value, check) => {
	const ids = validate.listOf(value);
	if (ids.length === 0) validate.invalid(check, 'no role was chosen.', 'Choose at least one role.');
	return ids.map((id) => {
		if (!GDAP_ROLES[id]) validate.invalid(check, `"${id}" is not one of the offered roles.`, 'Choose roles from the list.');
		return { label: GDAP_ROLES[id], value: id };
	});
};

export const createRoleMappings: CippOperation = {
	resource: 'gdap',
	value: 'createRoleMappings',
	name: 'Create Role Mappings',
	action: 'Create GDAP role groups and mappings',
	description:
		'Create a security group "M365 GDAP (role)" in your partner tenant for each role (an existing group of that name is reused) and map it to the role in CIPP, for GDAP invites and access assignments',
	...writes('ExecAddGDAPRole', 'Tenant.Relationship.ReadWrite'),
	parameters: [
		requiredParameter(
			{
				displayName: 'Roles',
				name: 'roles',
				type: 'multiOptions',
				default: [],
				options: roleOptions,
				description: 'The Entra roles to create groups for',
			},
			{ name: 'gdapRoles', in: 'body', encoding: 'json', validate: rolesWithNames },
		),
		additionalFields([{ property: customSuffixProperty, send: { name: 'customSuffix', in: 'body' } }]),
	],
	constants: { body: { Action: 'AddRoleSimple' } },
	refusals: [/^Could not create GDAP group/],
	output: actionResult(),
};
