import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { relationshipParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const deleteRelationship: CippOperation = {
	resource: 'gdap',
	value: 'deleteRelationship',
	name: 'Terminate Relationship',
	action: 'Terminate a GDAP relationship',
	description:
		"Terminate a GDAP relationship with a customer: your partner tenant (and CIPP, if it uses it) loses that relationship's admin access to the tenant at once. It cannot be undone; a new relationship needs the customer's Global Administrator to approve.",
	...writes('ExecDeleteGDAPRelationship', 'Tenant.Relationship.ReadWrite'),
	parameters: [relationshipParameter({ name: 'GDAPId', in: 'body' })],
	output: actionResult(),
};
