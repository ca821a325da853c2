import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { mappingGroupIdsParameter, messageResult, sendWithMappings } from '../shared/gdap';
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
		mappingGroupIdsParameter('roleMappings'),
		additionalFields([
			text('Reference', 'reference', 'A reference (e.g. a ticket) kept with the invite', 'Reference', { placeholder: 'e.g. TICKET-1234' }),
		]),
	],
	constants: { body: { Action: 'Create' } },
	output: messageResult,
	run: async (context) => sendWithMappings(context, createInvite, 'roleMappings'),
};
