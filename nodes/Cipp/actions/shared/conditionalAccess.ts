import type { INodeProperties } from 'n8n-workflow';

import { recordParameter, templatePicker } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, SendTo, StepContext } from '../types';

/** A Conditional Access policy of the chosen tenant, picked or typed by ID. */
export function policyParameter(send: SendTo | undefined): CippParameter {
	return recordParameter(
		{
			displayName: 'Policy ID',
			name: 'policyId',
			description: 'The Conditional Access policy',
			searchListMethod: 'conditionalAccessSearchPolicies',
			placeholder: 'Select a policy...',
		},
		send ?? { name: 'GUID', in: 'body' },
	);
}

/** A Conditional Access template kept in CIPP, picked or typed by GUID. */
export const templateParameter: CippParameter = templatePicker(
	'conditionalAccessSearchTemplates',
	"The Conditional Access template from CIPP's template library",
	{ name: 'ID', in: 'body' },
);

/** The policy states Microsoft Graph accepts. */
export const stateOptions = [
	{ name: 'Disabled', value: 'disabled' },
	{ name: 'Enabled', value: 'enabled' },
	{ name: 'Report-Only', value: 'enabledForReportingButNotEnforced' },
];

export const stateProperty: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'options',
	default: 'enabledForReportingButNotEnforced',
	options: stateOptions,
	description: 'Whether the policy is enforced, only reported on, or off',
};

/**
 * Reads one template from CIPP (ListCAtemplates?id=): the node checks it exists before deleting or
 * deploying it, since CIPP answers an unknown template with success or an empty list.
 */
export async function readTemplate(context: StepContext, id: string): Promise<Record<string, unknown>> {
	let answer = await context.call({ method: 'GET', endpoint: 'ListCAtemplates', qs: { id } }, 'Tenant.ConditionalAccess.Read');
	if (typeof answer === 'string') answer = validate.parsedJson(answer, check(context, 'Template ID'));
	const found = (Array.isArray(answer) ? answer : [answer]).find(
		(row) => row && typeof row === 'object' && String((row as Record<string, unknown>).GUID).toLowerCase() === id.toLowerCase(),
	);
	if (!found) context.fail(`Conditional Access template ${id} was not found in CIPP.`);
	return found as Record<string, unknown>;
}

export function check(context: StepContext, field: string) {
	return { node: context.node, field, itemIndex: context.itemIndex, access: 'write' as const };
}
