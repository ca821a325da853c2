/**
 * Invoke-ListNotificationConfig, Invoke-ExecNotificationConfig (Set-CIPPNotificationConfig) and
 * Invoke-ExecAddAlert, with the shapes and traps of cipp-alerts.md §1.3-1.5 and §5.3.
 */
import { fixtures } from '../../../fixtures';
import { psString, psTruthy } from '../../../powershell';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { CONSTANT_COLUMNS, KEY_VAULT_MARKER, KNOWN_COLUMNS, SECRET_COLUMNS, notificationConfig } from '../../../alerts/config';
import type { NotificationRow } from '../../../alerts/config';
import { sendAlert } from '../../../alerts/sender';
import { testAlert } from '../../../alerts/producers';
import type { Endpoint } from '../../endpoint';
import { writeLog } from './state';

/** [boolean] cast: null, false, 0 and '' are false; anything else, even the text "false", true. */
export const ListNotificationConfig: Endpoint = {
	name: 'ListNotificationConfig',
	role: 'CIPP.AppSettings.Read',
	anyTenant: true,
	handle(ctx) {
		const row = notificationConfig(ctx.state).row;
		if (!row) return { status: 200, body: { logsToInclude: ['None'], Severity: ['Alert'] } };
		const severity = String(row.Severity ?? '');
		const logs = Object.keys(row).filter((name) => !KNOWN_COLUMNS.has(name.toLowerCase()));
		return {
			status: 200,
			body: {
				...row,
				Severity: severity ? severity.split(',') : ['Alert'],
				logsToInclude: logs.length ? logs : ['None'],
				Timestamp: new Date().toISOString(),
				ETag: `W/"datetime'${new Date().toISOString()}'"`,
			},
		};
	},
};

export const ExecNotificationConfig: Endpoint = {
	name: 'ExecNotificationConfig',
	role: 'CIPP.AppSettings.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const notifications = notificationConfig(ctx.state);
		const body = (name: string) => ctx.fromBody(name);
		try {
			const previous = notifications.row ?? {};
			const row: NotificationRow = {
				...CONSTANT_COLUMNS,
				// .value of each; bare strings have none.
				Severity: (Array.isArray(body('Severity')) ? (body('Severity') as unknown[]) : [])
					.map((entry) => psString(getIgnoreCase(entry, 'value')))
					.filter(Boolean)
					.join(','),
				email: psString(body('email')),
				webhook: psString(body('webhook')),
				// An object {value}; a bare string has no .value and turns authentication off.
				webhookAuthType: psString(getIgnoreCase(body('webhookAuthType'), 'value')),
				webhookAuthUsername: psString(body('webhookAuthUsername')),
				webhookAuthHeaderName: psString(body('webhookAuthHeaderName')),
				onePerTenant: psTruthy(body('onePerTenant')),
				sendtoIntegration: psTruthy(body('sendtoIntegration')),
				UseStandardizedSchema: psTruthy(body('UseStandardizedSchema')),
				includeTenantId: true,
			};
			for (const [column, secretName] of Object.entries(SECRET_COLUMNS)) {
				const given = psString(body(column));
				if (given.trim() && given !== KEY_VAULT_MARKER) {
					notifications.vault[secretName] = given;
					row[column] = KEY_VAULT_MARKER;
				} else {
					row[column] = given === KEY_VAULT_MARKER || previous[column] === KEY_VAULT_MARKER ? KEY_VAULT_MARKER : '';
				}
			}
			for (const entry of Array.isArray(body('logsToInclude')) ? (body('logsToInclude') as unknown[]) : []) {
				const name = isPlainObject(entry) ? psString(getIgnoreCase(entry, 'value')) : '';
				if (!name) throw new Error("Cannot bind argument to parameter 'Key' because it is null.");
				row[name] = true;
			}
			notifications.row = row;
			return { status: 200, body: { Results: 'Successfully set the configuration' } };
		} catch (error) {
			return { status: 200, body: { Results: `Failed to set configuration: ${(error as Error).message}` } };
		}
	},
};

/** One string is a text/plain body; several a JSON list; none an empty body. */
const answer = (texts: string[]) =>
	texts.length === 0 ? { status: 200, body: '' } : texts.length === 1 ? { status: 200, body: texts[0] } : { status: 200, body: texts };

export const ExecAddAlert: Endpoint = {
	name: 'ExecAddAlert',
	role: 'CIPP.Alert.ReadWrite',
	anyTenant: true,
	async handle(ctx) {
		const flag = (name: string) => ['true', 'True'].includes(psString(ctx.fromBody(name))) || ctx.fromBody(name) === true;
		const text = psString(ctx.fromBody('text'));
		const tenantFilter = psString(ctx.fromBody('tenantFilter')) || fixtures.partnerTenantId;
		const now = { webhook: flag('sendWebhookNow'), email: flag('sendEmailNow'), psa: flag('sendPsaNow'), log: flag('writeLog') };
		const texts: string[] = [];
		if (now.email && notificationConfig(ctx.state).row?.email) texts.push('Sent an email alert: CIPP Notification Test');
		if (now.webhook) {
			const sent = await sendAlert(ctx.state, testAlert(tenantFilter, text));
			if (sent) {
				texts.push(
					sent.error
						? `Error: Could not send alerts to webhook ${sent.error}`
						: sent.status !== undefined && sent.status >= 200 && sent.status < 300
							? `Sent webhook to ${sent.url} with status code: ${sent.status}`
							: `Error: Webhook returned status code ${sent.status} for ${sent.url} - Response: ${sent.body}`,
				);
			}
		}
		if (now.log || !(now.webhook || now.email || now.psa)) {
			writeLog(ctx.state, { Tenant: 'None', API: 'Alerts', Message: text, Username: ctx.client.clientId, Severity: 'Alert' });
			texts.push('Successfully generated alert.');
		}
		return answer(texts);
	},
};
