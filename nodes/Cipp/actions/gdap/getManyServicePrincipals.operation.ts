import { reads } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyServicePrincipals: CippOperation = {
	resource: 'gdap',
	value: 'getManyServicePrincipals',
	name: 'Get Many Partner Apps',
	action: "Get the partner's apps in a customer tenant",
	description:
		'List the enterprise apps (service principals) in a customer tenant whose app is owned by your partner tenant, or by the given vendor tenants, one item per app with its ID, name, app ID and owner tenant',
	...reads('ListGDAPServicePrincipals', 'Tenant.Relationship.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			textField(
				{
					displayName: 'Vendor Tenant IDs',
					name: 'vendorTenantIds',
					placeholder: 'e.g. 2b5c9a7e-..., 8a2b...',
					description: 'Instead of your own apps, the apps owned by these tenants (IDs separated by commas)',
				},
				{ name: 'vendorTenantIds', in: 'query' },
				(value, check) =>
					validate
						.listOf(value)
						.map((id) => validate.guid(id, check))
						.join(','),
			),
		]),
	],
	output: resultRecords,
	run: async (context) => {
		// CIPP reads the vendor IDs only with ownerType vendor (Invoke-ListGDAPServicePrincipals.ps1:21-37).
		if (context.request.qs.vendorTenantIds) context.request.qs.ownerType = 'vendor';
		return getManyServicePrincipals.output(await context.call(context.request, getManyServicePrincipals.role), context);
	},
};
