import { additionalFields, choiceField, flag, guidText, inQuery } from '../common/fields';
import { actionResult, isRecord, records } from '../common/readers';
import type { CippOperation } from '../types';

export const runAccessCheck: CippOperation = {
	resource: 'administration',
	value: 'runAccessCheck',
	name: 'Run Access Check',
	action: "Check CIPP's permissions and tenant access",
	description:
		"Check CIPP's own Graph permissions, its access to each customer tenant (Graph, Exchange, GDAP roles) or its GDAP relationships; results are cached for 4 hours unless Skip Cache. With a tenant ID, Tenants queues a new check of that tenant.",
	endpoint: 'ExecAccessChecks',
	method: 'POST',
	access: 'read',
	role: 'CIPP.AppSettings.Read',
	list: true,
	parameters: [
		choiceField('Check', 'type', 'What to check', inQuery('Type'), 'Tenants', [
			{ name: 'GDAP Relationships', value: 'GDAP', description: 'The GDAP relationships and the groups and roles they give' },
			{ name: 'Permissions', value: 'Permissions', description: "CIPP's SAM application permissions, missing ones listed" },
			{ name: 'Tenants', value: 'Tenants', description: 'Graph and Exchange access and GDAP roles per tenant' },
		]),
		additionalFields([
			flag('Skip Cache', 'skipCache', 'Whether to check now, not use the 4-hour cache (Permissions, GDAP)', inQuery('SkipCache'), true),
			guidText(
				'Tenant ID',
				'tenantId',
				'Tenants: check this tenant again now (queued)',
				'TenantId',
				'e.g. 1032fa86-4e88-4c86-a902-b004920eb126',
			),
		]),
	],
	// {Results, Metadata}: Results is a list, one object (Permissions), or the text "Refreshing tenant X" when a tenant check was queued.
	output: (response, context) => {
		const results = isRecord(response) ? response.Results : response;
		if (typeof results === 'string')
			return actionResult({ queued: { followUp: 'Run this check again without Tenant ID in a few minutes' } })(response, context);
		return records(results ?? []);
	},
};
