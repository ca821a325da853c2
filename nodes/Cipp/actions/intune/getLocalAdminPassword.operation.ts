import type { IDataObject } from 'n8n-workflow';

import { readResults } from '../../transport/envelope';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { secretOutputParameter } from '../common/secrets';
import { entraDeviceIdParameter } from '../shared/intune';
import type { CippOperation, OutputContext } from '../types';

/**
 * CIPP answers a device without a LAPS backup with HTTP 200 and only "No LAPS password found for
 * <id>": that is not a success, as no password comes back. It is reported as notFound, like Get
 * Recovery Key's twin case, so a workflow that passes the password on can branch on it.
 */
function lapsOutput(response: unknown, context: OutputContext): IDataObject[] {
	const missing = readResults(response).find((result) => /^No LAPS password found for/.test(result.text));
	if (missing) return [{ status: 'notFound', message: missing.text }];
	return actionResult({ secretField: 'localAdminPassword' })(response, context);
}

export const getLocalAdminPassword: CippOperation = {
	resource: 'intune',
	value: 'getLocalAdminPassword',
	name: 'Get Local Admin Password',
	action: "Get a device's Windows LAPS password",
	description:
		'Return the Windows LAPS local administrator password of a device (included, masked or omitted), with the account name and backup time in the message. A device without a LAPS backup gives status notFound and no password. CIPP records the retrieval in its audit log.',
	endpoint: 'ExecGetLocalAdminPassword',
	method: 'POST',
	access: 'read',
	role: 'Endpoint.Device.Read',
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		entraDeviceIdParameter('guid'),
		secretOutputParameter('local admin password'),
	],
	output: lapsOutput,
};
