import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const removeJitAdminMaxDuration: CippOperation = {
	resource: 'administration',
	value: 'removeJitAdminMaxDuration',
	name: 'Remove JIT Admin Max Duration',
	action: 'Remove the limit on how long a just-in-time admin may last',
	description: 'Remove the longest-time limit, so just-in-time admins may be given for any time',
	...writes('ExecJITAdminSettings', 'CIPP.AppSettings.ReadWrite'),
	parameters: [],
	constants: { body: { Action: 'Set' } },
	output: actionResult(),
};
