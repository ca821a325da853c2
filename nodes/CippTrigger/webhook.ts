/**
 * One POST from CIPP: authenticated, size-checked, parsed and filtered. CIPP waits for no
 * workflow and retries nothing, so every answer comes at once; a refusal says why in JSON.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { parseAlertBody, UnusableBody } from './alerts/parse';
import { checkAuth } from './auth';
import type { WebhookAuth, WebhookSecret } from './auth';
import { filtersFrom, passes } from './filters';
import { readOptions } from './options';

export const WEBHOOK_CREDENTIAL = 'cippAlertWebhookApi';

/** Shorter secrets can be guessed; CIPP's form accepts any length, so the trigger insists. */
export const MIN_SECRET_LENGTH = 16;

interface RawRequest {
	rawBody?: Buffer;
	headers: IDataObject;
}

function refuse(this: IWebhookFunctions, status: number, message: string, headers: Record<string, string> = {}): IWebhookResponseData {
	const response = this.getResponseObject();
	for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
	response.status(status).json({ message });
	return { noWebhookResponse: true };
}

async function secretOf(this: IWebhookFunctions): Promise<WebhookSecret> {
	const credential = await this.getCredentials(WEBHOOK_CREDENTIAL);
	return {
		secret: String(credential.secret ?? ''),
		username: String(credential.username ?? ''),
		headerName: String(credential.headerName ?? ''),
	};
}

/** The body as CIPP sent it: n8n keeps the raw bytes, so a body n8n could not read as JSON is still judged here. */
function bodyOf(this: IWebhookFunctions, request: RawRequest): { size: number; parse: () => unknown } {
	const raw = request.rawBody;
	if (raw && raw.length > 0) {
		return { size: raw.length, parse: () => JSON.parse(raw.toString('utf8')) as unknown };
	}
	const body = this.getBodyData();
	const size = Number(request.headers['content-length'] ?? 0) || JSON.stringify(body ?? '').length;
	return { size, parse: () => body };
}

export async function receiveAlert(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject() as unknown as RawRequest;
	const auth = this.getNodeParameter('authentication', 'bearer') as WebhookAuth;
	if (auth !== 'none') {
		const secret = await secretOf.call(this);
		if (secret.secret.length < MIN_SECRET_LENGTH) {
			return refuse.call(
				this,
				403,
				`The CIPP Trigger refuses every request until its credential has a secret of at least ${MIN_SECRET_LENGTH} characters`,
			);
		}
		const check = checkAuth(auth, this.getHeaderData() as IDataObject, secret);
		if (check === 'missing') {
			const scheme = auth === 'basic' ? 'Basic realm="cipp"' : auth === 'bearer' ? 'Bearer' : '';
			return refuse.call(
				this,
				401,
				'Authentication is required: set the Webhook Endpoint Authentication in CIPP → Settings → Notifications',
				scheme ? { 'WWW-Authenticate': scheme } : {},
			);
		}
		if (check === 'wrong') return refuse.call(this, 403, 'The credential sent does not match the one this CIPP Trigger expects');
	}

	const options = readOptions(this);
	const body = bodyOf.call(this, request);
	if (body.size > options.maxBodyBytes) {
		return refuse.call(
			this,
			413,
			`The body has ${body.size} bytes; this CIPP Trigger accepts up to ${options.maxBodyBytes} (option Max Body Size)`,
		);
	}
	let parsed: unknown;
	try {
		parsed = body.parse();
	} catch (error) {
		return refuse.call(this, 400, `The body is not JSON: ${(error as Error).message}`);
	}
	let alerts;
	try {
		alerts = parseAlertBody(parsed, { receivedAt: new Date().toISOString(), via: 'webhook' });
	} catch (error) {
		if (error instanceof UnusableBody) return refuse.call(this, 400, error.message);
		throw new NodeOperationError(this.getNode(), error as Error);
	}
	const wanted = alerts.filter((alert) => passes(alert, filtersFrom(options)));
	const webhookResponse = { received: alerts.length, started: wanted.length > 0, items: wanted.length };
	if (wanted.length === 0) return { webhookResponse };
	return { webhookResponse, workflowData: [wanted.map((alert) => ({ json: alert }))] };
}
