import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { upnParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/** One trace; CIPP answers a tenant without active relationships with HTTP 200 and an `error` field (Invoke-ExecGDAPTrace.ps1:138-149). */
function trace(response: unknown, context: OutputContext): IDataObject[] {
	const body = isRecord(response) ? response : {};
	if (typeof body.error === 'string' && body.error !== '') context.fail(body.error);
	return [body];
}

export const traceAccess: CippOperation = {
	resource: 'gdap',
	value: 'traceAccess',
	name: 'Trace Access',
	action: "Trace a partner user's GDAP access to a tenant",
	description:
		"Trace which GDAP roles a user of your partner tenant (e.g. CIPP's service account) holds in a customer tenant: one item with each role's relationships, groups and the user's membership path, and a summary",
	...reads('ExecGDAPTrace', 'CIPP.AppSettings.Read'),
	parameters: [
		tenantParameter('query'),
		upnParameter(
			{ name: 'UPN', in: 'query' },
			{ displayName: 'Partner User', name: 'partnerUser', description: 'The user of your partner tenant, by user principal name' },
		),
	],
	output: trace,
};
