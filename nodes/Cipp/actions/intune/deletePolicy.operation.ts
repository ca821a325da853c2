import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { policyParameters } from '../shared/intune';
import type { CippOperation } from '../types';

export const deletePolicy: CippOperation = {
	resource: 'intune',
	value: 'deletePolicy',
	name: 'Delete Policy',
	action: 'Delete an Intune policy',
	description: 'Delete an Intune configuration or compliance policy from a customer tenant',
	...writes('RemovePolicy', 'Endpoint.MEM.ReadWrite'),
	parameters: [tenantParameter('body'), ...policyParameters('URLName')],
	output: actionResult(),
};
