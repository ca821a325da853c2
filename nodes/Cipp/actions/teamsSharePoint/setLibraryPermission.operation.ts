import type { IDataObject } from 'n8n-workflow';

import { additionalFields, choices, requiredChoice, text } from '../common/fields';
import * as validate from '../common/validators';
import { graphRead } from '../safeReset';
import { libraryIdField, siteWriteOperation } from '../shared/teamsSharePoint';
import type { CippParameter, StepContext } from '../types';

const LEVELS = choices({ Read: 'read', Contribute: 'contribute', Edit: 'edit', Design: 'design', 'Full Control': 'fullControl' });

const MODES = [
	{ name: 'Add', value: 'Add', description: 'Keep levels already held' },
	{ name: 'Replace', value: 'Replace', description: 'Remove the other levels held on this library or site first' },
];

/**
 * CIPP names a group by its claim, which differs for Microsoft 365 and security groups, and reads the
 * kind from the picker's addedFields.groupTypes (:81): the groups are read first to send it.
 */
async function withGroupTypes(context: StepContext): Promise<IDataObject | undefined> {
	const ids = context.values.groups as string[] | undefined;
	if (!ids?.length) return undefined;
	const filter = `id in (${ids.map((id) => `'${id}'`).join(',')})`;
	const found = await graphRead(context.call, String(context.values.tenantFilter), 'groups', 'id,displayName,groupTypes', filter);
	return {
		Groups: ids.map((id) => {
			const group = found.find((candidate) => String(candidate.id).toLowerCase() === id.toLowerCase());
			if (!group) return context.fail(`Group ${id} was not found in the tenant.`);
			return { value: group.id, label: group.displayName, addedFields: { groupTypes: group.groupTypes ?? [] } };
		}),
	};
}

function requirePrincipal(context: StepContext): void {
	const { users, groups, principalId } = context.values;
	if ((users as string[] | undefined)?.length || (groups as string[] | undefined)?.length || principalId) return;
	validate.invalid(
		{ node: context.node, field: 'Users', itemIndex: context.itemIndex, access: 'write' },
		'no user, group or principal was given.',
		'Enter users, groups, or a Principal ID from Get Site Permissions.',
	);
}

const usersParameter: CippParameter = {
	property: {
		displayName: 'Users',
		name: 'users',
		type: 'string',
		default: '',
		placeholder: 'e.g. jane@contoso.com, adele@contoso.com',
		description: 'User principal names, separated by commas',
	},
	send: { name: 'Users', in: 'body', encoding: 'labelValueList' },
	optional: true,
	validate: validate.upnList,
};

const groupsParameter: CippParameter = {
	property: {
		displayName: 'Groups',
		name: 'groups',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
		description: 'Microsoft 365 or security group IDs, separated by commas',
	},
	optional: true,
	validate: validate.guidList,
};

export const setLibraryPermission = siteWriteOperation(
	{
		value: 'setLibraryPermission',
		name: 'Set Library Permission',
		action: 'Grant a permission level on a library or site',
		description:
			"Grant users, groups or a site principal a permission level on a document library (or the site itself); Replace first removes the levels they already hold there. A library that inherits is first given its own copy of the site's permissions, so the grant applies to that library only.",
		endpoint: 'ExecSetLibraryPermission',
		role: 'Sharepoint.Site.ReadWrite',
		run: async (context) => {
			requirePrincipal(context);
			const body: IDataObject = { ...(context.request.body as IDataObject), ...(await withGroupTypes(context)) };
			// CIPP grants RoleDefinitionId over PermissionLevel, but names the level after PermissionLevel when both are sent (:145).
			if (body.RoleDefinitionId) delete body.PermissionLevel;
			return setLibraryPermission.output(await context.call({ ...context.request, body }, setLibraryPermission.role), context);
		},
	},
	[
		requiredChoice('Permission Level', 'permissionLevel', 'The built-in level to grant', 'PermissionLevel', 'read', LEVELS),
		requiredChoice('Mode', 'mode', 'Whether other levels they hold stay', 'Mode', 'Add', MODES),
		usersParameter,
		groupsParameter,
		additionalFields([
			libraryIdField("The library's list ID, from Get Many Site Libraries; leave out for the site itself"),
			text('Library Name', 'libraryName', "The library's name for CIPP's message", 'LibraryName'),
			text(
				'Principal ID',
				'principalId',
				'A principal already on the site (the PrincipalId field of Get Site Permissions)',
				'PrincipalId',
				{ placeholder: 'e.g. 14' },
			),
			text(
				'Permission Level ID',
				'roleDefinitionId',
				'A custom level by ID (Get Many Site Permission Levels), instead of Permission Level',
				'RoleDefinitionId',
				{ placeholder: 'e.g. 1073741827' },
			),
		]),
	],
);
