import { writes } from '../common/endpoints';
import { additionalFields, requiredParameter, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { baselineParameter, requireFor, standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

const tenant = standardsTenant('body');
const baseline = baselineParameter(
	{ name: 'templateId', in: 'body' },
	'Run this baseline for every tenant it is assigned to (or, with Tenant Filter, for that tenant)',
);

export const runBaseline: CippOperation = {
	resource: 'standard',
	value: 'runBaseline',
	name: 'Run Baseline',
	action: 'Run a baseline now',
	description:
		'Start a baseline run now for a baseline, a tenant, or one standard on a tenant: Run applies it, Compare only checks, One-Off applies one standard even where the baseline only reports. Asynchronous: read the outcome with Get Baseline Alignment.',
	...writes('ExecBaselineRun', 'Tenant.Standards.ReadWrite'),
	parameters: [
		requiredParameter(
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				default: 'run',
				options: [
					{ name: 'Compare (No Changes)', value: 'compare' },
					{ name: 'One-Off (One Standard, Remediate)', value: 'oneoff' },
					{ name: 'Run', value: 'run' },
				],
			},
			{ name: 'mode', in: 'body' },
		),
		{ ...baseline, property: { ...baseline.property, required: false }, optional: true },
		{ ...tenant, property: { ...tenant.property, required: false, description: 'Only this tenant, by default domain' }, optional: true },
		additionalFields([
			text(
				'Baseline Standard',
				'standard',
				'Only this standard (required for One-Off)',
				{ name: 'standard', in: 'body', validate: validate.text },
				{ placeholder: 'e.g. AuditLog' },
			),
		]),
	],
	// No assigned baseline (or override) resolves the target: nothing is queued, HTTP 200.
	refusals: [/^Nothing ran:/],
	output: actionResult({ queued: { followUp: 'Read the outcome with Standard → Get Baseline Alignment once the checks have run' } }),
	run: async (context) => {
		if (context.values.mode === 'oneoff') {
			requireFor(context, 'tenantFilter', 'Tenant Filter', 'a One-Off run needs the tenant.');
			requireFor(context, 'standard', 'Baseline Standard', 'a One-Off run needs the standard.');
		}
		if (context.values.tenantFilter === undefined) {
			requireFor(context, 'baselineId', 'Baseline ID', 'CIPP needs a baseline or a tenant to scope the run.');
		}
		return runBaseline.output(await context.call(context.request, runBaseline.role), context);
	},
};
