import { reads } from '../common/endpoints';
import { additionalFields, choiceField, flag, inQuery, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import { POLICY_TYPE_OPTIONS, useReportDbField } from '../shared/intune';
import type { CippOperation, StepContext } from '../types';

/**
 * By ID CIPP reads deviceManagement/<Policy Type>('<id>'): without a type that URL fails, and App
 * Protection policies live under deviceAppManagement, so CIPP can never read one by ID. Both are
 * refused before sending, saying what to do instead.
 */
async function listOrReadOne(context: StepContext) {
	const { policyId, urlName } = context.values;
	const check = { node: context.node, field: 'Policy Type', itemIndex: context.itemIndex, access: 'read' as const };
	if (policyId !== undefined && urlName === undefined) {
		validate.invalid(
			check,
			'Policy ID is given without Policy Type: CIPP cannot find a policy by ID alone.',
			'Add Policy Type (the URLName from Get Many Policies) next to Policy ID.',
		);
	}
	if (policyId !== undefined && urlName === 'managedAppPolicies') {
		validate.invalid(
			check,
			'CIPP cannot read an App Protection policy by ID (it asks the wrong part of Microsoft Graph).',
			'Leave out Policy ID and pick the policy from the list by its id.',
		);
	}
	return records(await context.call(context.request, 'Endpoint.MEM.Read'));
}

export const getManyPolicies: CippOperation = {
	resource: 'intune',
	value: 'getManyPolicies',
	name: 'Get Many Policies',
	action: 'Get many Intune policies',
	description:
		'List the Intune configuration and compliance policies of a customer tenant, one item each with its ID, displayName, URLName (its policy type), PolicyTypeName and assignments. With a Policy ID and Policy Type, returns that one policy with its settings (not for App Protection policies). CIPP never returns Linux Settings Catalog policies.',
	...reads('ListIntunePolicy', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([
			text(
				'Policy ID',
				'policyId',
				'Return only this policy, with its settings (id from a previous Get Many Policies); also set Policy Type',
				inQuery('ID'),
				{ placeholder: 'e.g. 8f2c6a1e-3b7d-4e59-a0c4-6d1f2e3a4b5c' },
			),
			choiceField(
				'Policy Type',
				'urlName',
				'The type (URLName) of the policy given in Policy ID',
				inQuery('URLName'),
				'configurationPolicies',
				POLICY_TYPE_OPTIONS,
			),
			flag(
				'Include Setting Definitions',
				'includeSettingDefinitions',
				'Whether to add the definition of each setting to a single Settings Catalog or Administrative Template policy',
				inQuery('IncludeSettingDefinitions'),
			),
			useReportDbField,
		]),
	],
	output: records,
	run: listOrReadOne,
};
