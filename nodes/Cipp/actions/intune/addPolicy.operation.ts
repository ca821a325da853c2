import { additionalFields, requiredParameter, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { jsonText } from '../common/validators';
import { assignToField, assignmentFilterTypeField, groupNamesField } from '../shared/intune';
import type { CippOperation } from '../types';

export const addPolicy: CippOperation = {
	resource: 'intune',
	value: 'addPolicy',
	name: 'Add Policy',
	action: 'Deploy an Intune policy to a tenant',
	description:
		'Create an Intune policy in a customer tenant from its JSON (e.g. from Get Many Templates or another tenant), or update the policy of the same name, and optionally assign it',
	endpoint: 'AddPolicy',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.MEM.ReadWrite',
	parameters: [
		tenantParameter('body'),
		requiredParameter({ displayName: 'Display Name', type: 'string', default: '', name: 'displayName', placeholder: 'e.g. Windows - BitLocker', description: 'The name of the policy in Intune; a policy of this name is updated' }, { name: 'displayName', in: 'body' }),
		{
			property: {
				displayName: 'Policy Type',
				name: 'templateType',
				type: 'options',
				required: true,
				default: 'Catalog',
				description: 'The kind of policy the JSON describes (the Type of a CIPP template)',
				options: [
					{ name: 'Administrative Template', value: 'Admin' },
					{ name: 'App Configuration', value: 'AppConfiguration' },
					{ name: 'App Protection', value: 'AppProtection' },
					{ name: 'Compliance Policy', value: 'deviceCompliancePolicies' },
					{ name: 'Device Configuration', value: 'Device' },
					{ name: 'Settings Catalog', value: 'Catalog' },
					{ name: 'Windows Driver Updates', value: 'windowsDriverUpdateProfiles' },
					{ name: 'Windows Feature Updates', value: 'windowsFeatureUpdateProfiles' },
					{ name: 'Windows Quality Update Policy', value: 'windowsQualityUpdatePolicies' },
					{ name: 'Windows Quality Update Profile', value: 'windowsQualityUpdateProfiles' },
				],
			},
			send: { name: 'TemplateType', in: 'body' },
		},
		{
			property: {
				displayName: 'Policy JSON',
				name: 'rawJson',
				type: 'json',
				required: true,
				default: '',
				description: 'The policy as Microsoft Graph JSON, e.g. the RAWJson of a CIPP template',
			},
			send: { name: 'RAWJson', in: 'body' },
			validate: jsonText,
		},
		additionalFields([
			assignToField('Who gets the policy'),
			groupNamesField('Custom Group', 'customGroup', 'customGroup', 'Group names, separated by commas, when Assign To is Custom Group'),
			textField({ displayName: 'Description', name: 'description', description: 'The description of the policy in Intune' }, { name: 'Description', in: 'body' }, validate.longText),
			groupNamesField('Exclude Groups', 'excludeGroup', 'excludeGroup', 'Group names to exclude, separated by commas'),
			textField(
				{ displayName: 'Assignment Filter', name: 'assignmentFilterName', placeholder: 'e.g. Corporate Windows devices', description: 'The name of an Intune assignment filter to apply to the assignment' },
				{ name: 'AssignmentFilterName', in: 'body' },
			),
			assignmentFilterTypeField,
		]),
	],
	output: actionResult(),
};
