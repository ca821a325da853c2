import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbField } from '../shared/intune';
import type { CippOperation } from '../types';

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
