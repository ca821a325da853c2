import { writes } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { domainName } from '../shared/domain';
import type { CippOperation } from '../types';

export const create: CippOperation = {
	resource: 'domain',
	value: 'create',
	name: 'Create',
	action: 'Add a domain to a tenant',
	description: 'Add a custom domain to a tenant, unverified; publish the TXT record Microsoft 365 shows for it, then use Verify',
	...writes('AddDomain', 'Tenant.Administration.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredLine('Domain', 'domain', '', 'domain', { placeholder: 'e.g. contoso.com', check: domainName }),
	],
	output: actionResult(),
};
