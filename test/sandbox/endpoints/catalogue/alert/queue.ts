/** Invoke-RemoveQueuedAlert: an audit-log rule (WebhookRules) or a scripted alert (ScheduledTasks), by RowKey. */
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { adminState, writeLog } from '../administration/state';
import { webhookRules } from '../tenant/alerts';

const RemoveQueuedAlert: Endpoint = {
	name: 'RemoveQueuedAlert',
	role: 'CIPP.Alert.ReadWrite',
	handle(ctx) {
		const eventType = psString(ctx.fromQueryOrBody('EventType'));
		const id = psString(ctx.fromQueryOrBody('ID'));
		// 'Audit log Alert' (-eq, case-insensitive) picks WebhookRules, anything else ScheduledTasks (:19-23).
		const rows: Array<{ RowKey: string }> =
			eventType.toLowerCase() === 'audit log alert' ? webhookRules(ctx.state) : adminState(ctx.state).tasks;
		const index = rows.findIndex((row) => row.RowKey === id);
		if (index < 0) {
			const text = `Failed to remove alert from queue ${id}. Cannot bind argument to parameter 'Entity' because it is null.`;
			return { status: 500, body: { Results: text } };
		}
		rows.splice(index, 1);
		const text = `Successfully removed alert ${id} from queue`;
		writeLog(ctx.state, { Tenant: 'None', API: 'RemoveQueuedAlert', Message: text, Username: ctx.client.clientId, Severity: 'Info' });
		return { status: 200, body: { Results: text } };
	},
};

export const endpoints: Endpoint[] = [RemoveQueuedAlert];
