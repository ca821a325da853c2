/** The trigger's calls to CIPP, through the package's one transport, with the CIPP API credential. */
import type { IDataObject, IExecuteFunctions, IHookFunctions, IPollFunctions } from 'n8n-workflow';

import { cippApiRequest, getConnection } from '../Cipp/transport';
import type { CippRead } from './polling';
import type { CippCall } from './registration';

type CippContext = IExecuteFunctions | IPollFunctions | IHookFunctions;

/** The permission each read needs, so a refusal says which role the API client lacks. */
const ROLES: Record<string, string> = {
	ListAuditLogs: 'CIPP.Alert.Read',
	ListLogs: 'CIPP.Core.Read',
	ListNotificationConfig: 'CIPP.AppSettings.Read',
	ExecNotificationConfig: 'CIPP.AppSettings.ReadWrite',
};

export async function cippCaller(this: CippContext): Promise<CippCall> {
	const connection = await getConnection.call(this);
	return async (method, endpoint, body) =>
		await cippApiRequest.call(this, connection, { method, endpoint, qs: {}, body }, { role: ROLES[endpoint] });
}

export async function cippReader(this: CippContext): Promise<CippRead> {
	const connection = await getConnection.call(this);
	return async (endpoint: string, qs: IDataObject) =>
		await cippApiRequest.call(this, connection, { method: 'GET', endpoint, qs }, { role: ROLES[endpoint] });
}
