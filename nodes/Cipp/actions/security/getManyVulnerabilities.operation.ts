import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyVulnerabilities: CippOperation = {
	resource: 'security',
	value: 'getManyVulnerabilities',
	name: 'Get Many Vulnerabilities',
	action: 'Get many Defender vulnerabilities',
	description:
		'List the software vulnerabilities Microsoft Defender Vulnerability Management found in a tenant, one item per CVE with its severity, the affected software and the affected devices',
	...reads('ListDefenderTVM', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
