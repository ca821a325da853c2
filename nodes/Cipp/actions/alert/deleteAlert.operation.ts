import { writes } from '../common/endpoints';
import { recordParameter } from '../common/pickers';
import { actionResult, parsedRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const deleteAlert: CippOperation = {
	resource: 'alert',
	value: 'deleteAlert',
	name: 'Delete Alert',
	action: 'Delete an alert rule',
	description: 'Delete an audit-log alert rule or a scripted alert from CIPP, as listed by Tenant → Get Many Alerts',
	...writes('RemoveQueuedAlert', 'CIPP.Alert.ReadWrite'),
	parameters: [
		recordParameter(
			{
				displayName: 'Alert',
				name: 'alertId',
				searchListMethod: 'searchAlertRules',
				placeholder: 'Select an alert...',
				description: 'The alert rule (its RowKey in Tenant → Get Many Alerts)',
			},
			{ name: 'ID', in: 'body' },
		),
	],
	output: actionResult(),
	// CIPP picks the table by EventType and looks the row up by RowKey alone: the alert is read first
	// so the right EventType is sent and an ID CIPP does not have fails instead of "removing" nothing.
	run: async (context) => {
		const id = String(context.values.alertId);
		const alerts = parsedRecords(await context.call({ method: 'GET', endpoint: 'ListAlertsQueue', qs: {} }, 'CIPP.Alert.Read'));
		const alert = alerts.find((row) => row.RowKey === id);
		if (!alert) return context.fail(`No alert ${id} was found, so nothing was deleted. Check Tenant → Get Many Alerts.`);
		const body = { EventType: String(alert.EventType ?? ''), ID: id };
		return deleteAlert.output(await context.call({ ...context.request, body }, deleteAlert.role), context);
	},
};
