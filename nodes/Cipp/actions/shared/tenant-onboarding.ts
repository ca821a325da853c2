import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { flag } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, records } from '../common/readers';
import { isGuid } from '../common/validators';
import type { CippOperation, CippRequest, StepContext } from '../types';

/**
 * The row of CIPP's tenant list for the tenant the user chose (by default domain, initial domain
 * or tenant ID), read with `lookup`; a tenant CIPP does not list fails the item, since these
 * endpoints would skip it without a word or answer with a bare "not found".
 */
export async function cippTenantRow(context: StepContext, lookup: CippRequest, role: string): Promise<IDataObject> {
	const wanted = String(context.values.tenantFilter).toLowerCase();
	const rows = records(await context.call(lookup, role));
	const matches = (row: IDataObject) =>
		isGuid(wanted)
			? String(row.customerId).toLowerCase() === wanted
			: [row.defaultDomainName, row.initialDomainName].some((domain) => String(domain).toLowerCase() === wanted);
	const row = rows.find(matches);
	if (!row)
		context.fail(
			`Tenant ${String(context.values.tenantFilter)} is not in CIPP's tenant list. Nothing was changed; check Tenant → Get Many.`,
		);
	return row;
}

const EXCLUDE_ROLE = 'CIPP.AppSettings.ReadWrite';

/**
 * Exclude and Include: ExecExcludeTenant with `AddExclusion` or `RemoveExclusion`. CIPP matches the
 * body's `value` by tenant ID only and skips anything else silently, so the tenant is looked up in
 * CIPP's whole tenant list (`ListAll`) first and its ID sent.
 */
export function exclusionOperation(exclude: boolean, definition: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>) {
	const switchName = exclude ? 'AddExclusion' : 'RemoveExclusion';
	const operation: CippOperation = {
		resource: 'tenant',
		...definition,
		...writes('ExecExcludeTenant', EXCLUDE_ROLE),
		parameters: [tenantParameter('query')],
		constants: { query: { [switchName]: 'true' } },
		output: actionResult(),
		run: async (context) => {
			const lookup: CippRequest = { method: 'POST', endpoint: 'ExecExcludeTenant', qs: { ListAll: 'true' } };
			const row = await cippTenantRow(context, lookup, EXCLUDE_ROLE);
			if (!exclude && row.Excluded !== true) {
				context.fail(`Tenant ${String(row.defaultDomainName)} is not excluded: CIPP would change nothing and still answer Success.`);
			}
			const request = { ...context.request, body: { value: [row.customerId] } };
			return operation.output(await context.call(request, EXCLUDE_ROLE), context);
		},
	};
	return operation;
}

/** A switch CIPP reads from the body by the same name (only `true` turns it on). */
export const bodyFlag = (displayName: string, name: string, description: string) =>
	flag(displayName, name, description, { name, in: 'body' });
