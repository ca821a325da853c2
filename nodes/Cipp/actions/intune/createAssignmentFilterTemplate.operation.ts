import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { assignmentFilterFields } from '../shared/intune';
import type { CippOperation } from '../types';

export const createAssignmentFilterTemplate: CippOperation = {
	resource: 'intune',
	value: 'createAssignmentFilterTemplate',
	name: 'Create Assignment Filter Template',
	action: 'Save an assignment filter as a CIPP template',
	description: 'Save an assignment filter definition as a CIPP template, for standards to deploy to tenants',
	...writes('AddAssignmentFilterTemplate', 'Endpoint.MEM.ReadWrite'),
	parameters: assignmentFilterFields,
	// CIPP answers every failure with HTTP 200 and this text (Invoke-AddAssignmentFilterTemplate.ps1:51-53).
	refusals: [/^Assignment Filter Template Creation failed/],
	output: actionResult(),
};
