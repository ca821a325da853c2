import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult, records } from '../common/readers';
import { QUARANTINE_BOOLEANS, quarantinePermissions, quarantinePolicyParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const updateQuarantinePolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'updateQuarantinePolicy',
	name: 'Update Quarantine Policy',
	action: 'Update a quarantine policy',
	description:
		'Change the permissions you add on a quarantine policy; the node reads the policy first and keeps the others, as CIPP would turn every permission not sent off. CIPP always turns View Header and Download off.',
	...writes('EditQuarantinePolicy', 'Exchange.SpamFilter.ReadWrite'),
	parameters: [tenantParameter('body', { name: 'TenantFilter' }), quarantinePolicyParameter, quarantinePermissions],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		const read = { method: 'GET' as const, endpoint: 'ListQuarantinePolicy', qs: { tenantFilter: body.TenantFilter } };
		const wanted = String(body.Identity).toLowerCase();
		const policy = records(await context.call(read, 'Exchange.SpamFilter.Read')).find((candidate) =>
			[candidate.Identity, candidate.Name, candidate.Guid].some((key) => String(key).toLowerCase() === wanted),
		);
		if (!policy) return context.fail(`Quarantine policy ${String(body.Identity)} was not found.`);
		const current = Object.fromEntries(QUARANTINE_BOOLEANS.map((name) => [name, policy[name] === true]));
		const release = policy.Release === true ? 'Release' : policy.RequestRelease === true ? 'RequestRelease' : undefined;
		const request = {
			...context.request,
			body: { ...current, ...(release ? { ReleaseActionPreference: { value: release, label: release } } : {}), Name: policy.Name, ...body },
		};
		return updateQuarantinePolicy.output(await context.call(request, updateQuarantinePolicy.role), context);
	},
};
