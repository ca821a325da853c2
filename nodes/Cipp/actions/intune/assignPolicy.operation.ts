import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { assignmentFields, assignmentTarget, policyParameters, withAssignmentTarget } from '../shared/intune';
import type { CippOperation } from '../types';

export const assignPolicy: CippOperation = {
	resource: 'intune',
	value: 'assignPolicy',
	name: 'Assign Policy',
	action: 'Assign an Intune policy',
	description:
		'Assign an Intune policy to all users, all devices or groups, adding to its assignments or replacing them, optionally excluding groups. Give a target or an exclusion: an item with neither is refused before sending.',
	...writes('ExecAssignPolicy', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		...policyParameters('Type'),
		assignmentTarget('policy'),
		additionalFields(assignmentFields('policy')),
	],
	refusals: [/No assignments specified\. No action taken/],
	output: actionResult(),
	run: withAssignmentTarget('policy', 'Endpoint.MEM.ReadWrite', actionResult()),
};
