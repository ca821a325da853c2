import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

const tenant = standardsTenant('query', 'ID');

export const deleteLegacyStandards: CippOperation = {
	resource: 'standard',
	value: 'deleteLegacyStandards',
	name: 'Delete Legacy Standards',
	action: "Delete a tenant's legacy standards",
	description:
		"Delete the standards a tenant had before standards templates (Tenant → Get Many Standards, legacy view); templates and the tenant's settings stay",
	...writes('RemoveStandard', 'Tenant.Standards.ReadWrite'),
	parameters: [{ ...tenant, property: { ...tenant.property, description: 'The tenant, by default domain as the legacy view lists it' } }],
	output: actionResult(),
};
