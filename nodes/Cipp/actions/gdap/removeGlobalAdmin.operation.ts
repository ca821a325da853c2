import { writes } from '../common/endpoints';
import { messageResult, relationshipParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const removeGlobalAdmin: CippOperation = {
	resource: 'gdap',
	value: 'removeGlobalAdmin',
	name: 'Remove Global Administrator',
	action: 'Remove the Global Administrator role from a GDAP relationship',
	description:
		'Take the Global Administrator role out of an active GDAP relationship, keeping its other roles (a role cannot be added back without a new approval)',
	...writes('ExecGDAPRemoveGArole', 'Tenant.Relationship.ReadWrite'),
	parameters: [relationshipParameter({ name: 'GDAPId', in: 'body' })],
	refusals: [/^Relationship status is currently /, /^This relationship does not contain the Global Administrator role/],
	output: messageResult,
};
