import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, flag, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import { isGuid } from '../common/validators';
import { cippTenantRow } from '../shared/tenant-onboarding';
import type { CippOperation, CippRequest, OutputContext } from '../types';

const read = actionResult();
const TENANT_LIST: CippRequest = { method: 'GET', endpoint: 'ListTenants', qs: {} };

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
				inQuery('ResetSP'),
				true,
			),
		]),
	],
	output: cpvOutput,
	// Set-CIPPCPVConsent compares the tenant with its customerId only ("Not a valid tenant" for a
	// domain, then carries on with the permissions): a domain is turned into the tenant ID first.
	// A tenant ID goes as given: CIPP answers "Tenant not found" for one it does not know.
	run: async (context) => {
		const given = String(context.values.tenantFilter);
		const tenantId = isGuid(given) ? given : String((await cippTenantRow(context, TENANT_LIST, 'CIPP.Core.Read')).customerId);
		const request = { ...context.request, body: { ...(context.request.body as IDataObject), tenantFilter: tenantId } };
		return cpvOutput(await context.call(request, refreshCpvPermissions.role), context);
	},
};
