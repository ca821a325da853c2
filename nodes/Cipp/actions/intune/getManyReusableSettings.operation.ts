import { reads } from '../common/endpoints';
import { additionalFields, guidText, inQuery } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbField } from '../shared/intune';
import type { CippOperation } from '../types';

export const getManyReusableSettings: CippOperation = {
	resource: 'intune',
	value: 'getManyReusableSettings',
	name: 'Get Many Reusable Settings',
	action: 'Get many Intune reusable policy settings',
	description:
		'List the reusable policy settings (e.g. Defender device control groups) of a customer tenant, one item each with settingInstance, referencingConfigurationPolicyCount and RawJSON',
	...reads('ListIntuneReusableSettings', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			guidText(
				'Setting ID',
				'settingId',
				'Return only this setting (read live, even with Use Report Database)',
				inQuery('ID'),
				'e.g. 8f2c6a1e-3b7d-4e59-a0c4-6d1f2e3a4b5c',
			),
			useReportDbField,
		]),
	],
	output: records,
};
