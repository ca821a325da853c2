import { writes } from '../common/endpoints';
import { requiredParameter, requiredText } from '../common/fields';
import { actionResult, records } from '../common/readers';
import { cmdletNameProperty } from '../shared/alert';
import type { CippOperation } from '../types';

export const removeSnooze: CippOperation = {
	resource: 'alert',
	value: 'removeSnooze',
	name: 'Remove Snooze',
	action: 'Remove the snooze of an alert finding',
	description: 'End the snooze of an alert finding, so its alert reports it again from its next run',
	...writes('ExecRemoveSnooze', 'CIPP.AlertSnooze.ReadWrite'),
	parameters: [
		requiredParameter(cmdletNameProperty, { name: 'PartitionKey', in: 'body' }),
		requiredText(
			{
				displayName: 'Snooze Key',
				name: 'snoozeKey',
				placeholder: 'e.g. contoso.onmicrosoft.com-q1w2e3...=',
				description: "The snooze's RowKey, from Get Many Snoozed (<tenant>-<content hash>)",
			},
			{ name: 'RowKey', in: 'body' },
		),
	],
	output: actionResult(),
	// Removing a snooze CIPP does not have is no error there ("Successfully removed snooze ..."):
	// the snooze is looked up first so a wrong key fails instead.
	run: async (context) => {
		const cmdletName = String(context.values.cmdletName);
		const key = String(context.values.snoozeKey);
		const snoozes = records(
			await context.call({ method: 'GET', endpoint: 'ListSnoozedAlerts', qs: { CmdletName: cmdletName } }, 'CIPP.AlertSnooze.Read'),
		);
		if (!snoozes.some((row) => row.RowKey === key)) {
			context.fail(`No snooze ${key} of ${cmdletName} was found, so nothing was removed. Check both with Get Many Snoozed.`);
		}
		return removeSnooze.output(await context.call(context.request, removeSnooze.role), context);
	},
};
