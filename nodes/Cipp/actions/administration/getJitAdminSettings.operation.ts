import { settingsRecord } from '../shared/administration';
import type { CippOperation } from '../types';

export const getJitAdminSettings: CippOperation = {
	resource: 'administration',
	value: 'getJitAdminSettings',
	name: 'Get JIT Admin Settings',
	action: "Get CIPP's just-in-time admin settings",
	description: 'Read the longest time a just-in-time admin may be given (MaxDuration, an ISO 8601 duration; null means no limit)',
	endpoint: 'ExecJITAdminSettings',
	method: 'POST',
	access: 'read',
	role: 'CIPP.AppSettings.ReadWrite',
	parameters: [],
	constants: { body: { Action: 'Get' } },
	output: settingsRecord,
};
