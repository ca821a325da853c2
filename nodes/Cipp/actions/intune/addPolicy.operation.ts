import { writes } from '../common/endpoints';
import { additionalFields, choices, requiredLine, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { jsonText } from '../common/validators';
import { SILENT_FILTER, SILENT_NAMES, assignToField, assignmentFilterTypeField, groupNamesField } from '../shared/intune';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();

/** CIPP lets a Custom Group replace Assign To whatever it says (Invoke-AddPolicy.ps1:29): refused when they disagree. */
async function addWithOneTarget(context: StepContext) {
	const { customGroup, assignTo } = context.values;
	if (customGroup !== undefined && assignTo !== 'customGroup') {
		validate.invalid(
			{ node: context.node, field: 'Custom Group', itemIndex: context.itemIndex, access: 'write' },
			`Custom Group is set while Assign To is "${String(assignTo ?? 'No Assignment')}": CIPP would assign only to the Custom Group.`,
			'Set Assign To to Custom Group, or remove Custom Group.',
		);
	}
	return output(await context.call(context.request, 'Endpoint.MEM.ReadWrite'), context);
}

export const addPolicy: CippOperation = {
	resource: 'intune',
	value: 'addPolicy',
	name: 'Add Policy',
	action: 'Deploy an Intune policy to a tenant',
	description:
		"Create an Intune policy in a customer tenant from its JSON (e.g. from Get Many Templates or another tenant), or update the policy of the same name, and optionally assign it. If a CIPP Intune template has exactly this Display Name, CIPP deploys that template's JSON instead of Policy JSON. Settings Catalog and Windows update policies are named, and found for updating, by the name inside the JSON, not by Display Name, and Settings Catalog ignores Description.",
	...writes('AddPolicy', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredLine(
			'Display Name',
			'displayName',
			'The name of the policy in Intune; a policy of this name is updated. For Settings Catalog and Windows update policies CIPP uses the name inside Policy JSON instead. A CIPP template of exactly this name replaces Policy JSON.',
			'displayName',
			{ placeholder: 'e.g. Windows - BitLocker' },
		),
		{
			property: {
				displayName: 'Policy Type',
				name: 'templateType',
				type: 'options',
				required: true,
				default: 'Catalog',
				description: 'The kind of policy the JSON describes (the Type of a CIPP template)',
				options: choices({
					'Administrative Template': 'Admin',
					'App Configuration': 'AppConfiguration',
					'App Protection': 'AppProtection',
					'Compliance Policy': 'deviceCompliancePolicies',
					'Device Configuration': 'Device',
					'Settings Catalog': 'Catalog',
					'Windows Driver Updates': 'windowsDriverUpdateProfiles',
					'Windows Feature Updates': 'windowsFeatureUpdateProfiles',
					'Windows Quality Update Policy': 'windowsQualityUpdatePolicies',
					'Windows Quality Update Profile': 'windowsQualityUpdateProfiles',
				}),
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
			groupNamesField(
				'Custom Group',
				'customGroup',
				'customGroup',
				'Group names, separated by commas, when Assign To is Custom Group (CIPP lets a Custom Group replace any other Assign To, so it is refused with another choice)',
			),
			text('Description', 'description', 'The description of the policy in Intune', 'Description', { check: validate.longText }),
			groupNamesField('Exclude Groups', 'excludeGroup', 'excludeGroup', `Group names to exclude, separated by commas. ${SILENT_NAMES}`),
			text(
				'Assignment Filter',
				'assignmentFilterName',
				`The name of an Intune assignment filter to apply to the assignment. ${SILENT_FILTER}`,
				'AssignmentFilterName',
				{ placeholder: 'e.g. Corporate Windows devices' },
			),
			assignmentFilterTypeField,
		]),
	],
	output,
	run: addWithOneTarget,
};
