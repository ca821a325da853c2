import { reads } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import type { CippOperation } from '../types';

export const getSensitiveInfoTypeRulePackage: CippOperation = {
	resource: 'compliance',
	value: 'getSensitiveInfoTypeRulePackage',
	name: 'Get Sensitive Information Type Rule Package',
	action: 'Get the rule package of a sensitive information type',
	description: 'Get the rule package behind a custom sensitive information type: what it detects (Configuration) and its XML',
	...reads('ListSensitiveInfoTypeRulePackage', 'Security.SensitiveInfoType.Read'),
	parameters: [
		tenantParameter('query'),
		requiredLine(
			'Rule Package ID',
			'rulePackId',
			'The RulePackId of the type, from Get Many Sensitive Information Types',
			{ name: 'RulePackId', in: 'query' },
			{ placeholder: 'e.g. 8b5e2c4a-1f3d-4e6b-9a7c-0d1e2f3a4b5c' },
		),
	],
	output: singleRecord(({ values }) => `Rule package ${String(values.rulePackId)}`),
};
