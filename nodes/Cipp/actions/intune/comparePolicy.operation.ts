import type { IDataObject } from 'n8n-workflow';

import { choices, shownWhen } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import { cippTemplateParameter, policyParameters } from '../shared/intune';
import type { CippOperation, CippParameter, OutputContext, StepContext } from '../types';

/** Sent inside sourceA / sourceB by the run hook, not as body fields of their own. */
const nested = (parameter: CippParameter): CippParameter => ({ ...parameter, send: undefined });

/**
 * The template is sent without a tenant: CIPP then compares it as stored. With a tenant CIPP would
 * first sync the template's reusable settings INTO that tenant (a write behind this read role).
 */
async function compare(context: StepContext): Promise<IDataObject[]> {
	const { templateId, compareWith, tenantFilter, policyId, policyType } = context.values;
	const sourceB =
		compareWith === 'tenantPolicy'
			? { type: 'tenantPolicy', tenantFilter, policyId, urlName: policyType }
			: { type: 'tenantPolicyByTemplate', templateGuid: templateId, tenantFilter };
	const body = { sourceA: { type: 'template', templateGuid: templateId }, sourceB };
	return comparison(await context.call({ ...context.request, body }, 'Endpoint.MEM.Read'), context);
}

/** CIPP answers its ConvertTo-Json text: one item, the comparison with its Results rows. */
function comparison(response: unknown, context: OutputContext): IDataObject[] {
	let result = response;
	if (typeof response === 'string') {
		try {
			result = JSON.parse(response);
		} catch {
			context.fail(response);
		}
	}
	if (!isRecord(result) || !('identical' in result))
		context.fail(isRecord(result) ? String(result.Results) : 'CIPP returned no comparison.');
	return [result];
}

export const comparePolicy: CippOperation = {
	resource: 'intune',
	value: 'comparePolicy',
	name: 'Compare Policy',
	action: 'Compare a tenant policy with an Intune template',
	description:
		"Compare an Intune template with a tenant's policy setting by setting: Results lists each difference, identical says whether there are none. The template is compared as stored, without CIPP's tenant variables filled in.",
	// A POST that only reads (the template is sent without a tenant, see above).
	endpoint: 'ExecCompareIntunePolicy',
	method: 'POST',
	access: 'read',
	role: 'Endpoint.MEM.Read',
	parameters: [
		nested(cippTemplateParameter('Intune', 'searchIntuneTemplates', { name: 'templateGuid', in: 'body' })),
		nested(tenantParameter('body')),
		{
			property: {
				displayName: 'Compare With',
				name: 'compareWith',
				type: 'options',
				default: 'tenantPolicyByTemplate',
				options: choices({ 'A Policy of the Tenant': 'tenantPolicy', "The Tenant's Policy of This Template": 'tenantPolicyByTemplate' }),
				description: "Which policy: the one CIPP's standards deployed from the template (found by its name and type), or one you pick",
			},
		},
		...policyParameters('URLName').map((parameter) => shownWhen({ compareWith: ['tenantPolicy'] }, nested(parameter))),
	],
	output: comparison,
	run: compare,
};
