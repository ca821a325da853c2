import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag } from '../common/fields';
import { actionResult } from '../common/readers';
import { baselineActionParameter, baselineTarget, reasonProperty, requireFor } from '../shared/standard';
import type { CippOperation } from '../types';

export const updateBaselineDeviation: CippOperation = {
	resource: 'standard',
	value: 'updateBaselineDeviation',
	name: 'Update Baseline Deviation',
	action: 'Accept, deny or clear a baseline deviation',
	description:
		"Triage one standard of a tenant's baseline: accept its drift (optionally until a date), deny it (CIPP remediates or deletes on the next baseline run), clear the decision, triage one property, or mark a manual task done; Standard → Get Baseline Alignment then shows the status",
	...writes('ExecUpdateBaselineDeviation', 'Tenant.Standards.ReadWrite'),
	parameters: [
		...baselineTarget,
		baselineActionParameter('Accept', {
			Accept: 'Accept',
			'Accept One Property': 'AcceptPath',
			'Clear Decision': 'Clear',
			'Clear One Property': 'ClearPath',
			Deny: 'Deny',
			'Deny One Property (Delete)': 'DenyPath',
			'Mark Manual Task Done': 'CompleteTask',
		}),
		additionalFields([
			{
				property: {
					displayName: 'Accept Until',
					name: 'expires',
					type: 'dateTime',
					default: '',
					description: 'With Accept: when the acceptance ends',
				},
				send: { name: 'expires', in: 'body', encoding: 'unixSeconds' },
			},
			choiceField(
				'Deny Method',
				'method',
				'With Deny: what the next run does',
				'method',
				'remediate',
				choices({ 'Delete the Object': 'delete', Remediate: 'remediate' }),
			),
			{
				property: {
					displayName: 'Property Path',
					name: 'path',
					type: 'string',
					default: '',
					placeholder: 'e.g. settings.allowedApps',
					description: 'With the One Property actions: the property',
				},
				send: { name: 'path', in: 'body' },
			},
			{ property: reasonProperty, send: { name: 'reason', in: 'body' } },
			flag(
				'Remediate On Expiry',
				'remediateOnExpire',
				'Whether, with Accept Until, CIPP remediates once the acceptance ends',
				'remediateOnExpire',
			),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const action = String(context.values.action);
		if (['Accept', 'AcceptPath', 'DenyPath'].includes(action)) {
			requireFor(context, 'reason', 'Reason', `CIPP needs a reason to ${action === 'DenyPath' ? 'deny' : 'accept'} a deviation.`);
		}
		if (action.endsWith('Path')) requireFor(context, 'path', 'Property Path', 'the One Property actions need the property.');
		return updateBaselineDeviation.output(await context.call(context.request, updateBaselineDeviation.role), context);
	},
};
