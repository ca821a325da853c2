import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { cippAuthFields } from './auth';
import type { WebhookAuth } from './auth';
import { cippCaller, cippReader } from './cipp';
import { triggerProperties } from './description';
import { filtersFrom, passes } from './filters';
import { readOptions } from './options';
import { latestAlerts, pollOnce } from './polling';
import type { PollCursor } from './polling';
import { currentWebhook, registerWebhook, restoreWebhook } from './registration';
import type { PreviousWebhook } from './registration';
import { MIN_SECRET_LENGTH, receiveAlert, WEBHOOK_CREDENTIAL } from './webhook';

/** A test event is for building the workflow: a few recent alerts show the shape without a long run downstream. */
const TEST_EVENT_LIMIT = 5;

function registering(this: IHookFunctions): boolean {
	// Test runs ("listen for test event") leave CIPP alone: it has one URL, which the active workflow holds.
	return (
		this.getMode() !== 'manual' && this.getNodeParameter('mode') === 'webhook' && this.getNodeParameter('registerInCipp', false) === true
	);
}

export class CippTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CIPP Trigger',
		name: 'cippTrigger',
		icon: { light: 'file:../../icons/cipp.svg', dark: 'file:../../icons/cipp.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["mode"] === "poll" ? "Polling CIPP" : "On CIPP alert"}}',
		description: 'Starts the workflow when CIPP sends an alert (webhook), or reads the alerts CIPP stored (polling)',
		defaults: { name: 'CIPP Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'cippAlertWebhookApi',
				required: true,
				testedBy: 'cippAlertWebhookSecret',
				displayOptions: { show: { mode: ['webhook'], authentication: ['bearer', 'basic', 'apiKey'] } },
			},
			// Needed in polling mode and to set CIPP up automatically. n8n's display rules cannot say
			// "either", so it is offered always and asked for when used.
			{ name: 'cippApi', required: false },
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// No path in polling mode: n8n then registers no webhook, and a test run polls instead of waiting for a call.
				path: '={{$parameter["mode"] === "poll" ? undefined : "cipp-alerts"}}',
				ndvHideUrl: '={{$parameter["mode"] === "poll"}}',
			},
		],
		properties: triggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (!registering.call(this)) return true;
				const url = this.getNodeWebhookUrl('default') as string;
				const stored = this.getWorkflowStaticData('node');
				return stored.registeredUrl === url && (await currentWebhook(await cippCaller.call(this))) === url;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (!registering.call(this)) return true;
				const url = this.getNodeWebhookUrl('default') as string;
				const auth = this.getNodeParameter('authentication') as WebhookAuth;
				const credential = auth === 'none' ? {} : await this.getCredentials(WEBHOOK_CREDENTIAL);
				const secret = {
					secret: String(credential.secret ?? ''),
					username: String(credential.username ?? ''),
					headerName: String(credential.headerName ?? ''),
				};
				const stored = this.getWorkflowStaticData('node');
				try {
					const previous = await registerWebhook(await cippCaller.call(this), url, cippAuthFields(auth, secret));
					// Activated again while already registered: keep what was there before the first time.
					if (stored.registeredUrl !== url || !stored.previous) stored.previous = previous;
					stored.registeredUrl = url;
				} catch (error) {
					throw error instanceof NodeApiError ? error : new NodeOperationError(this.getNode(), error as Error);
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = this.getWorkflowStaticData('node');
				if (this.getMode() === 'manual' || !stored.previous || !stored.registeredUrl) return true;
				await restoreWebhook(await cippCaller.call(this), String(stored.registeredUrl), stored.previous as PreviousWebhook);
				delete stored.previous;
				delete stored.registeredUrl;
				return true;
			},
		},
	};

	methods = {
		credentialTest: {
			/** Nothing to call: the secret is checked where it is used, for length. */
			async cippAlertWebhookSecret(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const secret = String(credential.data?.secret ?? '');
				return secret.length >= MIN_SECRET_LENGTH
					? { status: 'OK', message: 'The secret is long enough. Enter the same in CIPP → Settings → Notifications.' }
					: {
							status: 'Error',
							message: `Use a secret of at least ${MIN_SECRET_LENGTH} characters; this trigger refuses every request with a shorter one`,
						};
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveAlert.call(this);
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode') !== 'poll') return null;
		const options = readOptions(this);
		const stored = this.getWorkflowStaticData('node');
		const { alerts, cursor } = await pollOnce(
			await cippReader.call(this),
			stored.cursor as PollCursor | undefined,
			{ sources: options.sources, severities: options.severities, includePastHours: options.includePastHours },
			Date.now(),
		);
		stored.cursor = cursor;
		const wanted = alerts.filter((alert) => passes(alert, filtersFrom(options)));
		return wanted.length ? [wanted.map((alert) => ({ json: alert }))] : null;
	}

	/**
	 * n8n runs a trigger's items through here once it has them (from a webhook call or a poll),
	 * and in a test run without them: then this is "fetch test event", the newest stored alerts.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		if (items.some((item) => typeof item.json.alertType === 'string')) {
			return [items.map((item, index) => ({ ...item, pairedItem: { item: index } }))];
		}
		const reader = { getNodeParameter: (name: string, fallback?: unknown) => this.getNodeParameter(name, 0, fallback) };
		const options = readOptions(reader);
		const credentials = this.getNode().credentials ?? {};
		if (!credentials.cippApi) {
			throw new NodeOperationError(
				this.getNode(),
				'No alert to show yet: listen for a test event and press "Send Test Alert" in CIPP → Settings → Notifications, or switch to Polling mode with a CIPP API credential to read stored alerts',
			);
		}
		const sources = this.getNodeParameter('mode', 0) === 'poll' ? options.sources : (['auditLog', 'logbook'] as const).slice();
		const alerts = (
			await latestAlerts(await cippReader.call(this), { sources, severities: options.severities, includePastHours: 0 }, Date.now(), 50)
		)
			.filter((alert) => passes(alert, filtersFrom(options)))
			.slice(0, TEST_EVENT_LIMIT);
		if (alerts.length === 0) {
			throw new NodeOperationError(
				this.getNode(),
				'CIPP has stored no alert that passes these filters in the last 7 days (audit log) or 24 hours (logbook)',
			);
		}
		return [alerts.map((alert) => ({ json: alert as IDataObject, pairedItem: { item: 0 } }))];
	}
}
