import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyTrustedIps: CippOperation = {
	resource: 'administration',
	value: 'getManyTrustedIps',
	name: 'Get Many Trusted IPs',
	action: 'Get many trusted IP addresses',
	description:
		"List the IP addresses CIPP's audit-log alert rules treat as known, one item per address with its tenant (PartitionKey, a default domain or AllTenants) and state",
	...reads('ListIPWhitelist', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: records,
};
