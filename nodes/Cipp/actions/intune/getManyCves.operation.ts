import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import { useReportDbField } from '../shared/intune';
import type { CippOperation } from '../types';

export const getManyCves: CippOperation = {
	resource: 'intune',
	value: 'getManyCves',
	name: 'Get Many CVEs',
	action: 'Get many vulnerabilities Defender found on devices',
	description:
		"List the CVEs Microsoft Defender Vulnerability Management found on a tenant's devices, one item each with severity, software, deviceCount and any CIPP exception",
	...reads('ListCVEManagement', 'Endpoint.Security.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true }), additionalFields([useReportDbField])],
	output: recordsOrFail,
};
