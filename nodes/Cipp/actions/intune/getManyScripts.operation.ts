import { records } from '../common/outputs';
import { additionalFields, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { useReportDbField } from './fields';

export const getManyScripts: CippOperation = {
	resource: 'intune',
	value: 'getManyScripts',
	name: 'Get Many Scripts',
	action: 'Get many Intune scripts',
	description:
		'List the Intune scripts of a customer tenant (Windows PowerShell, macOS shell, remediations and Linux), one item each with scriptType and assignments',
	endpoint: 'ListIntuneScript',
	method: 'GET',
	access: 'read',
	role: 'Endpoint.MEM.Read',
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([useReportDbField]),
	],
	output: records,
};
