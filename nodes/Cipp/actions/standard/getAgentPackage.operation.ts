import { reads } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord, records } from '../common/readers';
import type { CippOperation } from '../types';

export const getAgentPackage: CippOperation = {
	resource: 'standard',
	value: 'getAgentPackage',
	name: 'Get Agent Package',
	action: 'Get a Copilot agent or app package',
	description:
		'Get one Microsoft Agent 365 / Copilot package of a tenant in full, with who may use and install it (allowedUsersAndGroups, acquireUsersAndGroups)',
	...reads('ListAgent365PackageDetail', 'Tenant.Standards.Read'),
	parameters: [
		tenantParameter('query'),
		requiredText(
			{ displayName: 'Package ID', name: 'packageId', description: 'The package, by its id from Get Many Agent Packages' },
			{ name: 'id', in: 'query' },
		),
	],
	// CIPP answers a failed read with HTTP 200 {error}.
	output: (response, context) => {
		if (isRecord(response) && typeof response.error === 'string' && Object.keys(response).length === 1) context.fail(response.error);
		return records(response);
	},
};
