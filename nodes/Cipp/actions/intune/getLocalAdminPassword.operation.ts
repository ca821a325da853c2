import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { secretOutputParameter } from '../common/secrets';
import { entraDeviceIdParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const getLocalAdminPassword: CippOperation = {
	resource: 'intune',
	value: 'getLocalAdminPassword',
	name: 'Get Local Admin Password',
	action: "Get a device's Windows LAPS password",
	description:
		'Return the Windows LAPS local administrator password of a device (included, masked or omitted), with the account name and backup time in the message. CIPP records the retrieval in its audit log.',
	endpoint: 'ExecGetLocalAdminPassword',
	method: 'POST',
	access: 'read',
	role: 'Endpoint.Device.Read',
	parameters: [tenantParameter('body', { name: 'TenantFilter' }), entraDeviceIdParameter('guid'), secretOutputParameter('local admin password')],
	output: actionResult({ secretField: 'localAdminPassword' }),
};
