import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, flag } from '../common/fields';
import { isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import { driftResult, reasonProperty, standardNameProperty, standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

/** The deviation as Standard → Get Many Drifts lists it, for the policy CIPP deletes on Deny - Delete. */
async function currentDeviation(context: Parameters<NonNullable<CippOperation['run']>>[0], tenant: unknown, name: string) {
	const drifts = records(
		await context.call({ method: 'GET', endpoint: 'ListTenantDrift', qs: { tenantFilter: tenant as string } }, 'Tenant.Standards.Read'),
	);
	const found = drifts
		.flatMap((drift) => (Array.isArray(drift.allDeviations) ? drift.allDeviations : []))
		.find((deviation) => isRecord(deviation) && deviation.standardName === name) as IDataObject | undefined;
	if (!found) {
		context.fail(
			`${name} is not a current deviation of ${String(tenant)}, so there is no policy to delete. Check its standardName in Standard → Get Many Drifts.`,
		);
	}
	return found;
}

export const updateDriftDeviation: CippOperation = {
	resource: 'standard',
	value: 'updateDriftDeviation',
	name: 'Update Drift Deviation',
	action: 'Accept or deny a drift deviation',
	description:
		'Record a decision on one deviation of a tenant from its drift template; Standard → Get Many Drifts then lists it with that Status. Deny - Remediate schedules a task that applies the template setting, Deny - Delete deletes the extra policy at once.',
	...writes('ExecUpdateDriftDeviation', 'Tenant.Standards.ReadWrite'),
	parameters: [
		standardsTenant('body', 'TenantFilter'),
		// Sent inside `deviations` (see run), so neither field has a `send` of its own.
		{ property: standardNameProperty, validate: validate.text },
		{
			validate: validate.text,
			property: {
				displayName: 'Decision',
				required: true,
				name: 'status',
				type: 'options',
				default: 'Accepted',
				options: [
					{ name: 'Accept', value: 'Accepted' },
					{ name: 'Customer Specific', value: 'CustomerSpecific' },
					{ name: 'Deny', value: 'Denied' },
					{ name: 'Deny - Delete Policy', value: 'DeniedDelete' },
					{ name: 'Deny - Remediate', value: 'DeniedRemediate' },
					{ name: 'Reset to New', value: 'New' },
				],
			},
		},
		additionalFields([
			flag(
				'Keep Remediating',
				'persistentDeny',
				'Whether, with Deny - Remediate, to also schedule the remediation every 12 hours',
				'persistentDeny',
			),
			{ property: reasonProperty, send: { name: 'reason', in: 'body' } },
		]),
	],
	// A Deny - Delete of a deviation that is not a policy (or a policy CIPP cannot resolve).
	refusals: [/^could not find policy with ID/],
	output: driftResult,
	run: async (context) => {
		const body = context.request.body as IDataObject;
		const { standardName, status } = context.values;
		const deviation: IDataObject = { standardName, status };
		if (status === 'DeniedDelete') {
			deviation.receivedValue = (await currentDeviation(context, body.TenantFilter, String(standardName))).receivedValue;
		}
		body.deviations = [deviation];
		return updateDriftDeviation.output(await context.call(context.request, updateDriftDeviation.role), context);
	},
};
