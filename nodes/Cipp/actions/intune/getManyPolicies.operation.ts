import { additionalFields, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { POLICY_TYPE_OPTIONS, useReportDbField } from '../shared/intune';
import type { CippOperation } from '../types';

export const getManyPolicies: CippOperation = {
	resource: 'intune',
	value: 'getManyPolicies',
	name: 'Get Many Policies',
	action: 'Get many Intune policies',
	description:
		'List the Intune configuration and compliance policies of a customer tenant, one item each with its ID, displayName, URLName (its policy type), PolicyTypeName and assignments. With a Policy ID and Policy Type, returns that one policy with its settings.',
	endpoint: 'ListIntunePolicy',
	method: 'GET',
	access: 'read',
	role: 'Endpoint.MEM.Read',
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			textField(
				{
					displayName: 'Policy ID',
					name: 'policyId',
					placeholder: 'e.g. 8f2c6a1e-3b7d-4e59-a0c4-6d1f2e3a4b5c',
					description: 'Return only this policy, with its settings (id from a previous Get Many Policies); also set Policy Type',
				},
				{ name: 'ID', in: 'query' },
			),
			{
				property: {
					displayName: 'Policy Type',
					name: 'urlName',
					type: 'options',
					options: POLICY_TYPE_OPTIONS,
					default: 'configurationPolicies',
					description: 'The type (URLName) of the policy given in Policy ID',
				},
				send: { name: 'URLName', in: 'query' },
			},
			{
				property: {
					displayName: 'Include Setting Definitions',
					name: 'includeSettingDefinitions',
					type: 'boolean',
					default: false,
					description: 'Whether to add the definition of each setting to a single Settings Catalog or Administrative Template policy',
				},
				send: { name: 'IncludeSettingDefinitions', in: 'query', encoding: 'boolean' },
			},
			useReportDbField,
		]),
	],
	output: records,
};
