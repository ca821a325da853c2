import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, requiredText, text } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import { messageResult } from '../shared/gdap';
import type { CippOperation } from '../types';

export const createInvite: CippOperation = {
	resource: 'gdap',
	value: 'createInvite',
	name: 'Create Invite',
	action: 'Create a GDAP relationship invite',
	description:
		'Create a GDAP relationship (730 days) with the roles of the chosen role mappings and lock it for approval; a customer Global Administrator approves it at the invite link. It auto-extends every 180 days unless it includes Global Administrator, which Microsoft does not let auto-extend.',
	...writes('ExecGDAPInvite', 'Tenant.Relationship.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Role Mapping Group IDs',
				name: 'groupIds',
				placeholder: 'e.g. 3f1c..., 8a2b...',
				description: 'The role mappings to grant (GroupId from GDAP → Get Many Role Mappings), separated by commas',
			},
			{
				name: 'roleMappings',
				in: 'body',
				encoding: 'json',
				validate: (value, check) => validate.listOf(value).map((id) => validate.guid(id, check)),
			},
		),
		additionalFields([
			text('Reference', 'reference', 'A reference (e.g. a ticket) kept with the invite', 'Reference', { placeholder: 'e.g. TICKET-1234' }),
		]),
	],
	constants: { body: { Action: 'Create' } },
	output: messageResult,
	run: async (context) => {
		// CIPP reads whole role mappings ({RoleName, GroupName, GroupId, roleDefinitionId}): they are read from CIPP first.
		const wanted = (context.values.groupIds as string[]).map((id) => id.toLowerCase());
		const mappings = records(await context.call({ method: 'GET', endpoint: 'ListGDAPRoles', qs: {} }, 'Tenant.Relationship.Read'));
		const chosen = mappings.filter((mapping) => wanted.includes(String(mapping.GroupId).toLowerCase()));
		const missing = wanted.filter((id) => !chosen.some((mapping) => String(mapping.GroupId).toLowerCase() === id));
		if (missing.length > 0)
			context.fail(`CIPP has no GDAP role mapping for group ${missing.join(', ')}; see GDAP → Get Many Role Mappings.`);
		const body: IDataObject = { ...(context.request.body as IDataObject), roleMappings: chosen };
		return createInvite.output(await context.call({ ...context.request, body }, createInvite.role), context);
	},
};
