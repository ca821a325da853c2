import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery, text, textField } from '../common/fields';
import { resultRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const list = (displayName: string, name: string, placeholder: string, description: string) =>
	text(displayName, name, description, { name, in: 'query', validate: validate.commaList }, { placeholder });

export const getManyTenantResults: CippOperation = {
	resource: 'tenantTest',
	value: 'getManyTenantResults',
	name: 'Get Many Tenant Results',
	action: 'Get test results across tenants',
	description:
		'List stored test results across tenants, one item per tenant and test with Tenant, TenantName, Status, Risk, Suite and LastRun, narrowed by tenant, test, status, type, risk or category',
	...reads('ListTestResultsTenants', 'Tenant.Reports.Read'),
	list: true,
	parameters: [
		additionalFields([
			textField({ displayName: 'Category', name: 'category', placeholder: 'e.g. Access control' }, { name: 'category', in: 'query' }),
			textField({ displayName: 'Risk', name: 'risk', placeholder: 'e.g. High' }, { name: 'risk', in: 'query' }),
			list('Statuses', 'status', 'e.g. Failed, Investigate', 'Only these statuses, separated by commas'),
			list('Tenants', 'tenantFilter', 'e.g. contoso.onmicrosoft.com', 'Only these tenants, by default domain, separated by commas'),
			list('Test IDs', 'testId', 'e.g. ZTNA21772', 'Only these tests, separated by commas'),
			choiceField(
				'Test Type',
				'testType',
				'',
				inQuery('testType'),
				'Identity',
				choices({ Custom: 'Custom', Devices: 'Devices', Identity: 'Identity' }),
			),
		]),
	],
	output: resultRecords,
};
