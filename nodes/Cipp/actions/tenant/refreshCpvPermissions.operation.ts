import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, flag } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import { isGuid } from '../common/validators';
import type { CippOperation, OutputContext } from '../types';

const read = actionResult();

/** `{Results: [messages], Metadata: {Heading, Success}}`: Success false (a thrown step) fails the item too. */
function cpvOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [item] = read(response, context);
	const metadata = isRecord(response) && isRecord(response.Metadata) ? response.Metadata : {};
	if (metadata.Success === false) context.fail(String(item.message));
	return [item];
}

export const refreshCpvPermissions: CippOperation = {
	resource: 'tenant',
	value: 'refreshCpvPermissions',
	name: 'Refresh CPV Permissions',
	action: "Refresh CIPP's permissions in a tenant",
	description:
		"Consent CIPP's app in a customer tenant again through the partner center (CPV) and add its application and delegated permissions and admin roles, as CIPP's tenant list does",
	...writes('ExecCPVPermissions', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		additionalFields([
			flag(
				'Reset Service Principal',
				'resetSP',
				"Whether CIPP first deletes its app's consent in the tenant and adds it anew",
				{ name: 'ResetSP', in: 'query' },
				true,
			),
		]),
	],
	output: cpvOutput,
	// Set-CIPPCPVConsent compares the tenant with its customerId only ("Not a valid tenant" for a
	// domain, then carries on with the permissions): a domain is turned into the tenant ID first.
	run: async (context) => {
		const given = String(context.values.tenantFilter);
		let tenantId = given;
		if (!isGuid(given)) {
			const rows = records(await context.call({ method: 'GET', endpoint: 'ListTenants', qs: {} }, 'CIPP.Core.Read'));
			const match = rows.find((row) => String(row.defaultDomainName ?? '').toLowerCase() === given.toLowerCase());
			const found = match?.customerId;
			if (!found) context.fail(`Tenant ${given} is not one of CIPP's tenants, so nothing was changed. Check Tenant → Get Many.`);
			tenantId = String(found);
		}
		const request = { ...context.request, body: { ...(context.request.body as IDataObject), tenantFilter: tenantId } };
		return cpvOutput(await context.call(request, refreshCpvPermissions.role), context);
	},
};
