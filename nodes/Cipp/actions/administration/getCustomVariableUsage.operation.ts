import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getCustomVariableUsage: CippOperation = {
	resource: 'administration',
	value: 'getCustomVariableUsage',
	name: 'Get Custom Variable Usage',
	action: 'Get where each custom variable is defined',
	description:
		'List every custom variable name once, with its global and per-tenant definitions, their types and whether the types agree across tenants',
	endpoint: 'ExecCippReplacemap',
	method: 'POST',
	access: 'read',
	role: 'Tenant.Config.ReadWrite',
	list: true,
	parameters: [],
	constants: { body: { Action: 'Usage' } },
	output: resultRecords,
};
