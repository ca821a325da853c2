import { reads } from '../common/endpoints';
import { flag, inQuery } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

const perStandard = flag(
	'Per Standard',
	'granular',
	'Whether to return one item per tenant and standard (with complianceStatus, currentValue, expectedValue) instead of one per tenant and template',
	inQuery('granular'),
);

export const getManyAlignments: CippOperation = {
	resource: 'standard',
	value: 'getManyAlignments',
	name: 'Get Many Alignments',
	action: 'Get how well tenants align with their templates',
	description:
		'List the alignment of every tenant with each standards or drift template that applies to it: alignment score, license-missing percentage and pending and denied deviation counts. CIPP always answers for every tenant.',
	...reads('ListTenantAlignment', 'Tenant.Standards.Read'),
	list: true,
	parameters: [{ property: perStandard.property, send: perStandard.send }],
	output: records,
};
