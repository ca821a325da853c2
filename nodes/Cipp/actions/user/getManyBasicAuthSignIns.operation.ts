import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

/** AllTenants: while CIPP fills its cache the answer is one `{MetaData: "Loading data ..."}` row. */
function basicAuthOutput(response: unknown): IDataObject[] {
	const rows = records(response);
	const [first] = rows;
	if (rows.length === 1 && typeof first.MetaData === 'string') {
		return [{ status: 'loading', message: first.MetaData, followUp: 'Run this operation again in about 10 minutes.' }];
	}
	return rows;
}

export const getManyBasicAuthSignIns: CippOperation = {
	resource: 'user',
	value: 'getManyBasicAuthSignIns',
	name: 'Get Many Basic Auth Sign-Ins',
	action: 'Get many users signing in with basic authentication',
	description:
		'List the users who signed in with a legacy (basic authentication) protocol such as IMAP, POP3 or authenticated SMTP in the last 30 days, one item per user. AllTenants is served from a cache: the first call answers status "loading".',
	...reads('ListBasicAuth', 'Identity.AuditLog.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true })],
	output: basicAuthOutput,
};
