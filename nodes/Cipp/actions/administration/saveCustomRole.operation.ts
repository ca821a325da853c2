import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, commaListText, requiredParameter, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { customRoleName } from '../shared/administration';
import type { CippOperation, Validator } from '../types';

const permission: Validator = validate.matching(/^[A-Za-z]+\.[A-Za-z]+\.(Read|ReadWrite)$/, 'CIPP.Core.Read, Identity.User.ReadWrite');

/** CIPP keeps a role's permissions as {<area>: <area>.Read|ReadWrite}, one level per area. */
const permissions: Validator = (value, check) => {
	const given = validate.listOf(value).map((entry) => permission(entry, check) as string);
	if (given.length === 0)
		validate.invalid(check, 'no permission was given.', 'Enter permissions such as CIPP.Core.Read, Identity.User.ReadWrite.');
	return Object.fromEntries(given.map((entry) => [entry.replace(/\.(Read|ReadWrite)$/, ''), entry])) as IDataObject;
};

const tenantList: Validator = (value, check) =>
	validate.listOf(value).map((entry) => (entry === validate.ALL_TENANTS ? entry : (validate.guid(entry, check) as string)));

export const saveCustomRole: CippOperation = {
	resource: 'administration',
	value: 'saveCustomRole',
	name: 'Save Custom Role',
	action: 'Create or replace a CIPP custom role',
	description:
		"Create a custom role, or replace one: CIPP stores exactly what is given, so blocked tenants, blocked endpoints, IP range and Entra group left out are removed from the role. Needs an API client with CIPP's superadmin role.",
	...writes('ExecCustomRole', 'CIPP.SuperAdmin.ReadWrite'),
	parameters: [
		customRoleName,
		requiredParameter(
			{
				displayName: 'Permissions',
				name: 'rolePermissions',
				type: 'string',
				default: '',
				placeholder: 'e.g. CIPP.Core.Read, Identity.User.ReadWrite',
				description: 'One permission per area, separated by commas (Get Many Roles lists those of the built-in roles)',
			},
			{ name: 'Permissions', in: 'body', encoding: 'json', validate: permissions },
		),
		requiredParameter(
			{
				displayName: 'Allowed Tenants',
				name: 'allowedTenants',
				type: 'string',
				default: 'AllTenants',
				description: 'Tenant IDs the role may act on, separated by commas, or AllTenants',
			},
			{ name: 'AllowedTenants', in: 'body', encoding: 'json', validate: tenantList },
		),
		additionalFields([
			text(
				'Blocked Tenants',
				'blockedTenants',
				'Tenant IDs the role may not act on, separated by commas',
				{ name: 'BlockedTenants', in: 'body', encoding: 'json' },
				{ check: tenantList },
			),
			commaListText(
				'Blocked Endpoints',
				'blockedEndpoints',
				'CIPP endpoints the role may not call, e.g. ExecResetPass',
				'BlockedEndpoints',
			),
			commaListText('IP Range', 'roleIpRange', 'Addresses or CIDR ranges allowed, e.g. 203.0.113.0/24', 'IpRange'),
			text('Entra Group ID', 'entraGroupId', 'Partner-tenant group whose members get the role', asLabelValue('EntraGroup'), {
				check: validate.guid,
			}),
		]),
	],
	constants: { body: { Action: 'AddUpdate' } },
	output: actionResult(),
};
