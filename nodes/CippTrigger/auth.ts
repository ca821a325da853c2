/**
 * The credential CIPP sends with every webhook POST (Settings → Notifications → Webhook Endpoint
 * Authentication). CIPP signs nothing, so this static secret is all that tells its POSTs from
 * anyone else's.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export type WebhookAuth = 'bearer' | 'basic' | 'apiKey' | 'none';

export interface WebhookSecret {
	secret: string;
	username: string;
	headerName: string;
}

export type AuthCheck = 'accepted' | 'missing' | 'wrong';

/**
 * Compares digests, so neither the length nor the first differing byte of the secret shows in
 * how long the answer takes.
 */
export function sameSecret(given: string, expected: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected)) && expected !== '';
}

function header(headers: IDataObject, name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	if (Array.isArray(value)) return String(value[0]);
	return typeof value === 'string' ? value : undefined;
}

/** Checks a request's headers against the configured secret; a missing secret and a wrong one answer differently (401, 403). */
export function checkAuth(auth: WebhookAuth, headers: IDataObject, expected: WebhookSecret): AuthCheck {
	if (auth === 'none') return 'accepted';
	if (auth === 'apiKey') {
		const given = header(headers, expected.headerName);
		if (given === undefined) return 'missing';
		return sameSecret(given, expected.secret) ? 'accepted' : 'wrong';
	}
	const authorization = header(headers, 'authorization');
	const scheme = auth === 'bearer' ? 'bearer' : 'basic';
	const match = new RegExp(`^${scheme}\\s+(.+)$`, 'i').exec(authorization?.trim() ?? '');
	if (!match) return 'missing';
	if (auth === 'bearer') return sameSecret(match[1], expected.secret) ? 'accepted' : 'wrong';
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	// Both parts are compared whole, so a right user name with a wrong password takes as long as anything else.
	return sameSecret(decoded, `${expected.username}:${expected.secret}`) && expected.username !== '' ? 'accepted' : 'wrong';
}

/** The headers CIPP is told to send (ExecNotificationConfig), for registering this trigger there. */
export function cippAuthFields(auth: WebhookAuth, secret: WebhookSecret): IDataObject {
	switch (auth) {
		case 'bearer':
			return { webhookAuthType: 'Bearer', webhookAuthToken: secret.secret };
		case 'basic':
			return { webhookAuthType: 'Basic', webhookAuthUsername: secret.username, webhookAuthPassword: secret.secret };
		case 'apiKey':
			return { webhookAuthType: 'ApiKey', webhookAuthHeaderName: secret.headerName, webhookAuthHeaderValue: secret.secret };
		default:
			return { webhookAuthType: 'None' };
	}
}
