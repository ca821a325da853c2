import { writes } from '../common/endpoints';
import { namedCollection, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { POLICY_TYPE_OPTIONS, policyIdParameter, policyTypeParameter, requireAnyOf } from '../shared/intune';
import type { CippOperation, StepContext } from '../types';

/** App protection and app configuration policies live under deviceAppManagement, by their own collection. */
const APP_POLICY_TYPES = [
	{ name: 'Android App Protection (androidManagedAppProtections)', value: 'androidManagedAppProtections' },
	{ name: 'App Configuration (mobileAppConfigurations)', value: 'mobileAppConfigurations' },
	{ name: 'iOS App Protection (iosManagedAppProtections)', value: 'iosManagedAppProtections' },
	{ name: 'Targeted App Configuration (targetedManagedAppConfigurations)', value: 'targetedManagedAppConfigurations' },
	{ name: 'Windows App Protection (windowsManagedAppProtections)', value: 'windowsManagedAppProtections' },
];
const APP_VALUES = new Set(APP_POLICY_TYPES.map((option) => option.value));

const output = actionResult();

/** CIPP PATCHes whatever it is given (an empty change still "succeeds") under the part of Graph the type lives in. */
async function updateWithPlatform(context: StepContext) {
	requireAnyOf(
		context,
		['newDisplayName', 'description'],
		'Update Fields',
		'nothing to change: Update Fields is empty.',
		'Add New Display Name or Description under Update Fields.',
	);
	const body = context.request.body as Record<string, unknown>;
	body.platformType = APP_VALUES.has(String(body.policyType)) ? 'deviceAppManagement' : 'deviceManagement';
	return output(await context.call(context.request, 'Endpoint.MEM.ReadWrite'), context);
}

export const updatePolicy: CippOperation = {
	resource: 'intune',
	value: 'updatePolicy',
	name: 'Update Policy',
	action: 'Rename an Intune policy or change its description',
	description: 'Change the name or description of an Intune policy, compliance policy or app protection policy; its settings stay',
	...writes('EditIntunePolicy', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		policyIdParameter,
		policyTypeParameter(
			[...POLICY_TYPE_OPTIONS.filter((option) => option.value !== 'managedAppPolicies'), ...APP_POLICY_TYPES].sort((a, b) =>
				a.name.localeCompare(b.name),
			),
			"The policy's collection: URLName in Get Many Policies; for App Protection the platform's collection",
			{ name: 'policyType', in: 'body' },
		),
		namedCollection('Update Fields', 'updateFields', 'Add Field', [
			text('New Display Name', 'newDisplayName', 'The new name of the policy', 'newDisplayName'),
			text('Description', 'description', 'The new description', 'description', { check: validate.longText }),
		]),
	],
	output,
	run: updateWithPlatform,
};
