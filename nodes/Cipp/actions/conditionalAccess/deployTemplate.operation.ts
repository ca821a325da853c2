import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, pascalFlag, requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { readTemplate, templateParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

const tenant = tenantParameter('body');

/**
 * Fields CIPP adds to a listed template, and those AddCATemplate stores from its request (tenantFilter,
 * name), that are not part of the policy Graph receives.
 */
const LISTING_FIELDS = ['GUID', 'source', 'isSynced', 'package', 'tenantFilter', 'name'];

export const deployTemplate: CippOperation = {
	resource: 'conditionalAccess',
	value: 'deployTemplate',
	name: 'Deploy Template',
	action: 'Create a conditional access policy from a template',
	description:
		'Create a Conditional Access policy in a tenant from a CIPP template (named locations it needs are created too). A policy of the same name is refused unless Overwrite is on, which replaces that policy with the template.',
	...writes('AddCAPolicy', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		{ ...tenant, send: { name: 'tenantFilter', in: 'body', encoding: 'labelValue' } },
		{ ...templateParameter, send: undefined },
		requiredParameter(
			{
				displayName: 'State',
				name: 'newState',
				type: 'options',
				default: 'enabledForReportingButNotEnforced',
				options: [
					{ name: 'As in the Template', value: 'donotchange' },
					{ name: 'Disabled', value: 'disabled' },
					{ name: 'Enabled', value: 'enabled' },
					{ name: 'Report-Only', value: 'enabledForReportingButNotEnforced' },
				],
				description:
					"The state of the new policy; As in the Template keeps the template's (or, with Overwrite, the existing policy's) state",
			},
			{ name: 'NewState', in: 'body' },
		),
		additionalFields([
			flag(
				'Overwrite',
				'overwrite',
				"Whether to replace an existing policy of the same name with the template (its users, groups and exclusions become the template's; only a vacation exclusion group is kept)",
				'overwrite',
			),
			flag(
				'Disable Security Defaults',
				'disableSecurityDefaults',
				"Whether to turn off the tenant's Security Defaults first (needed for Conditional Access to apply)",
				'DisableSD',
			),
			pascalFlag(
				'Create Missing Groups',
				'createGroups',
				'With Match Users and Groups by Name: whether to create groups the template names that the tenant lacks',
			),
			choiceField(
				'Users and Groups',
				'replacePattern',
				"How the template's users and groups are applied: as stored, replaced by all users (exclusions cleared), or matched by name in the tenant (unmatched users are dropped)",
				'replacename',
				'none',
				choices({ 'As in the Template': 'none', 'Apply to All Users': 'AllUsers', 'Match by Display Name': 'displayName' }),
			),
		]),
	],
	refusals: [/^None of the applications included by/, /^No available authentication context IDs/],
	output: actionResult(),
	run: async (context) => {
		const template = await readTemplate(context, String(context.values.templateId));
		const policy = Object.fromEntries(Object.entries(template).filter(([key]) => !LISTING_FIELDS.includes(key)));
		const body = { ...(context.request.body as IDataObject), RawJSON: JSON.stringify(policy) };
		return deployTemplate.output(await context.call({ ...context.request, body }, deployTemplate.role), context);
	},
};
