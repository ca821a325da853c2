import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord, resultRecords } from '../common/readers';
import { policyParameter } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const createTemplate: CippOperation = {
	resource: 'conditionalAccess',
	value: 'createTemplate',
	name: 'Create Template From Policy',
	action: 'Save a conditional access policy as a template',
	description:
		"Save a tenant's Conditional Access policy as a CIPP template, with its users, groups and named locations turned into names so it can be deployed to other tenants",
	...writes('AddCATemplate', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [tenantParameter('body'), { ...policyParameter(undefined), send: undefined }],
	output: actionResult(),
	run: async (context) => {
		// CIPP stores the policy it is sent: the node reads it from the tenant first (its rawjson).
		const id = String(context.values.policyId).toLowerCase();
		const tenantFilter = (context.request.body as IDataObject).tenantFilter;
		const listed = resultRecords(
			await context.call(
				{ method: 'GET', endpoint: 'ListConditionalAccessPolicies', qs: { tenantFilter } },
				'Tenant.ConditionalAccess.Read',
			),
			context,
		);
		const row = listed.find((candidate) => String(candidate.id).toLowerCase() === id);
		let policy: unknown;
		try {
			policy = row && typeof row.rawjson === 'string' ? JSON.parse(row.rawjson) : undefined;
		} catch {
			policy = undefined;
		}
		if (!isRecord(policy)) return context.fail(`Conditional Access policy ${id} was not found in ${String(tenantFilter)}.`);
		const body: IDataObject = { ...policy, tenantFilter, name: policy.displayName };
		return createTemplate.output(await context.call({ ...context.request, body }, createTemplate.role), context);
	},
};
