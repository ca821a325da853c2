import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { intuneAppParameter, reportRows } from '../shared/intune';
import type { CippOperation } from '../types';

export const getAppInstallStatus: CippOperation = {
	resource: 'intune',
	value: 'getAppInstallStatus',
	name: 'Get App Install Status',
	action: "Get an Intune app's install status per device",
	description:
		"List an Intune app's install status on each device (Intune's device install status report), one item per device with DeviceName, UserPrincipalName, InstallState and ErrorCode",
	...reads('ListAppStatus', 'Endpoint.Device.Read'),
	list: true,
	parameters: [tenantParameter('query'), intuneAppParameter({ name: 'AppFilter', in: 'query' })],
	output: reportRows,
};
