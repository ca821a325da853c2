import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import { optionalStandardsTenant, standardsTemplate } from '../shared/standard';
import type { CippOperation } from '../types';

const template = standardsTemplate(
	{ name: 'templateId', in: 'query' },
	'Only the results of this standards template; leave empty for every template',
);

export const getManyComparisons: CippOperation = {
	resource: 'standard',
	value: 'getManyComparisons',
	name: 'Get Many Comparisons',
	action: 'Compare tenants against their standards',
	description:
		'List the last standards check of each tenant, one item per tenant with a field per standard (e.g. standards.AuditLog) holding Value (true when compliant), CurrentValue, ExpectedValue, LicenseAvailable and LastRefresh',
	...reads('ListStandardsCompare', 'Tenant.BestPracticeAnalyser.Read'),
	list: true,
	parameters: [optionalStandardsTenant(), { ...template, property: { ...template.property, required: false }, optional: true }],
	output: records,
};
