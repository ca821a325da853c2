import { reads } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const lookupTenant: CippOperation = {
	resource: 'tool',
	value: 'lookupTenant',
	name: 'Look Up Tenant',
	action: 'Look up any Microsoft 365 tenant',
	description:
		'Look up public information of any Entra tenant (not only customers) by domain or tenant ID: tenant ID, display name, default domain, OpenID configuration and sign-in branding',
	...reads('ListExternalTenantInfo', 'CIPP.Core.Read'),
	parameters: [
		requiredText(
			{
				displayName: 'Tenant',
				name: 'tenant',
				placeholder: 'e.g. contoso.com',
				description: 'A domain of the tenant, or its tenant ID',
			},
			{ name: 'tenant', in: 'query' },
		),
	],
	output: records,
};
