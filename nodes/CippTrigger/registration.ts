/**
 * Pointing CIPP's one notification webhook at this trigger, and back. CIPP keeps a single
 * configuration row and replaces it whole on every save, and its List endpoint answers in other
 * shapes than its Exec endpoint reads, so the List answer is reshaped field by field before it is
 * written back (cipp-alerts.md §1.9): otherwise the save loses the authentication type, resets
 * the severities or fails on the log types.
 */
import type { IDataObject } from 'n8n-workflow';

import { field, text } from './alerts/fields';

/** What CIPP returns in place of a secret it keeps in Key Vault; echoed, it keeps the stored secret. */
export const KEPT_SECRET = 'SentToKeyVault';

const SECRET_FIELDS = ['webhookAuthToken', 'webhookAuthPassword', 'webhookAuthHeaderValue', 'webhookAuthHeaders'];

export type CippCall = (method: 'GET' | 'POST', endpoint: string, body?: IDataObject) => Promise<unknown>;

/** The settings this trigger changes, as they were before, to put back on deactivation. */
export interface PreviousWebhook extends IDataObject {
	webhook: string;
	webhookAuthType: string;
	webhookAuthUsername: string;
	webhookAuthHeaderName: string;
}

const labelled = (values: unknown): IDataObject[] =>
	(Array.isArray(values) ? values : []).map((value) => ({ value: String(value), label: String(value) }));

const bool = (value: unknown): boolean => value === true || String(value).toLowerCase() === 'true';

/** ListNotificationConfig's answer in the shape ExecNotificationConfig reads, every setting unchanged. */
export function savableConfig(listed: IDataObject): IDataObject {
	const severities = Array.isArray(field(listed, 'Severity')) ? (field(listed, 'Severity') as unknown[]) : [];
	const logs = (Array.isArray(field(listed, 'logsToInclude')) ? (field(listed, 'logsToInclude') as unknown[]) : []).filter(
		// "None" is List's word for no log types; saved, it would become a log type of that name.
		(name) => name !== 'None',
	);
	const config: IDataObject = {
		email: text(listed, 'email'),
		webhook: text(listed, 'webhook'),
		webhookAuthType: { value: text(listed, 'webhookAuthType') || 'None' },
		webhookAuthUsername: text(listed, 'webhookAuthUsername'),
		webhookAuthHeaderName: text(listed, 'webhookAuthHeaderName'),
		onePerTenant: bool(field(listed, 'onePerTenant')),
		sendtoIntegration: bool(field(listed, 'sendtoIntegration')),
		UseStandardizedSchema: bool(field(listed, 'UseStandardizedSchema')),
		Severity: labelled(severities),
		logsToInclude: labelled(logs),
	};
	// The marker (or nothing) goes back as it came: CIPP then keeps the secret it stores.
	for (const name of SECRET_FIELDS) config[name] = text(listed, name);
	return config;
}

function checkSaved(answer: unknown): void {
	const results = field(answer, 'Results');
	const message = typeof results === 'string' ? results : JSON.stringify(answer ?? '');
	// CIPP answers 200 either way; only the text tells.
	if (!/^Successfully/i.test(message)) throw new Error(`CIPP did not save the notification settings: ${message}`);
}

async function listConfig(call: CippCall): Promise<IDataObject> {
	const listed = await call('GET', 'ListNotificationConfig');
	return (typeof listed === 'object' && listed !== null ? listed : {}) as IDataObject;
}

export async function currentWebhook(call: CippCall): Promise<string> {
	return text(await listConfig(call), 'webhook');
}

/**
 * Sets CIPP's webhook URL and authentication to this trigger's, everything else as it was, and
 * returns what it replaced.
 */
export async function registerWebhook(call: CippCall, url: string, auth: IDataObject): Promise<PreviousWebhook> {
	const listed = await listConfig(call);
	const previous: PreviousWebhook = {
		webhook: text(listed, 'webhook'),
		webhookAuthType: text(listed, 'webhookAuthType') || 'None',
		webhookAuthUsername: text(listed, 'webhookAuthUsername'),
		webhookAuthHeaderName: text(listed, 'webhookAuthHeaderName'),
	};
	const config = { ...savableConfig(listed), ...auth, webhook: url, webhookAuthType: { value: String(auth.webhookAuthType) } };
	checkSaved(await call('POST', 'ExecNotificationConfig', config));
	return previous;
}

/**
 * Puts back the URL and authentication type this trigger replaced, if CIPP still points at the
 * trigger (someone may have changed it since). A secret this trigger wrote over stays over-written:
 * CIPP keeps one per field and cannot give the old one back.
 */
export async function restoreWebhook(call: CippCall, url: string, previous: PreviousWebhook): Promise<boolean> {
	const listed = await listConfig(call);
	if (text(listed, 'webhook') !== url) return false;
	const config = {
		...savableConfig(listed),
		webhook: previous.webhook,
		webhookAuthType: { value: previous.webhookAuthType },
		webhookAuthUsername: previous.webhookAuthUsername,
		webhookAuthHeaderName: previous.webhookAuthHeaderName,
	};
	checkSaved(await call('POST', 'ExecNotificationConfig', config));
	return true;
}
