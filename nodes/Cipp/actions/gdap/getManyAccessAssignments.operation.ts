import { reads } from '../common/endpoints';
import { resultRecords } from '../common/readers';
import { relationshipParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const getManyAccessAssignments: CippOperation = {
	resource: 'gdap',
	value: 'getManyAccessAssignments',
	name: 'Get Many Access Assignments',
	action: 'Get the access assignments of a GDAP relationship',
	description:
		'List the access assignments of a GDAP relationship, one item per assignment with its status, roles, the partner security group and its members',
	...reads('ListGDAPAccessAssignments', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [relationshipParameter({ name: 'Id', in: 'query' })],
	output: resultRecords,
};
