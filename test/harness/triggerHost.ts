/**
 * Hosts one workflow that starts with a CIPP Trigger the way an n8n instance does, through
 * n8n-core's own contexts: a real HTTP server for the production webhook (raw body kept, JSON
 * parsed, n8n's 16 MB payload limit), the node's webhook() in a WebhookContext, the answer
 * "onReceived" at once, and each accepted call run as its own execution by WorkflowExecute in
 * webhook mode. Activation and deactivation call webhookMethods in a HookContext, polling calls
 * poll() in a PollContext, and the workflow's static data survives a "restart" (a new host given
 * the old one's saved static data), as n8n keeps it in its database.
 */
import 'reflect-metadata';

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, PollContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type IRun,
	type IWebhookData,
	type IWorkflowExecuteAdditionalData,
	type Workflow,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { createAdditionalData, createWorkflow, type Package, type WorkflowJson } from './runWorkflow';

/** n8n's N8N_PAYLOAD_SIZE_MAX default. */
export const N8N_PAYLOAD_LIMIT = 16 * 1024 * 1024;

export interface Execution {
	run: IRun;
	/** Items the trigger put out. */
	items: INodeExecutionData[];
	output(nodeName: string): INodeExecutionData[];
}

export interface HostOptions {
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The static data a previous host saved (a restart). */
	staticData?: IDataObject;
	/** The node to host; the first node without inputs otherwise. */
	triggerName?: string;
}

/** The parts of Express's response n8n's webhook code uses. */
function expressResponse(res: ServerResponse) {
	const shim = Object.assign(res, {
		status(code: number) {
			res.statusCode = code;
			return shim;
		},
		json(body: unknown) {
			res.setHeader('Content-Type', 'application/json; charset=utf-8');
			res.end(JSON.stringify(body));
			return shim;
		},
	});
	return shim;
}

export class TriggerHost {
	readonly executions: Execution[] = [];
	/** Every answer the webhook gave, in order. */
	readonly answers: Array<{ status: number; body: unknown }> = [];
	private server?: Server;
	private port = 0;
	private readonly running = new Set<Promise<void>>();
	readonly workflow: Workflow;
	readonly node: INode;
	private readonly credentialsHelper: TestCredentialsHelper;

	constructor(
		private readonly pkg: Package,
		private readonly workflowJson: WorkflowJson,
		options: HostOptions,
	) {
		this.credentialsHelper = new TestCredentialsHelper(pkg.credentials);
		for (const [id, data] of Object.entries(options.credentials)) this.credentialsHelper.store.set(id, { ...data });
		this.workflow = createWorkflow(pkg, workflowJson);
		if (options.staticData) Object.assign(this.workflow.staticData, structuredClone(options.staticData));
		this.credentialsHelper.workflow = this.workflow;
		const node = options.triggerName
			? this.workflow.getNode(options.triggerName)
			: Object.values(this.workflow.nodes).find((candidate) => this.workflow.getParentNodes(candidate.name).length === 0);
		if (!node) throw new Error('the workflow has no trigger');
		this.node = node;
	}

	get nodeType(): INodeType {
		return this.workflow.nodeTypes.getByNameAndVersion(this.node.type, this.node.typeVersion);
	}

	/** The static data as n8n would save it to its database. */
	savedStaticData(): IDataObject {
		return structuredClone(JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject);
	}

	private additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		const data = createAdditionalData(this.credentialsHelper, this.workflowJson);
		return Object.assign(data, { webhookBaseUrl: `http://127.0.0.1:${this.port}/webhook` }, extra);
	}

	private webhookData(): IWebhookData {
		const description = this.nodeType.description.webhooks?.[0];
		if (!description) throw new Error('the trigger declares no webhook');
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: this.webhookPath(),
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData(),
		};
	}

	/** The production path n8n gives the node: <webhookId>/<path>, or <workflow>/<node>/<path>. */
	private webhookPath(): string {
		const path = this.workflow.expression.getSimpleParameterValue(
			this.node,
			this.nodeType.description.webhooks?.[0].path ?? '',
			'internal',
			{},
		);
		const suffix = String(path ?? '');
		return this.node.webhookId
			? `${this.node.webhookId}/${suffix}`
			: `${this.workflow.id}/${encodeURIComponent(this.node.name.toLowerCase())}/${suffix}`;
	}

	/** The production URL, once started. */
	get url(): string {
		return `http://127.0.0.1:${this.port}/webhook/${this.webhookPath()}`;
	}

	async start(): Promise<void> {
		this.server = createServer((req, res) => {
			const done = this.serve(req, res).catch((error: Error) => {
				if (!res.headersSent) res.writeHead(500).end(error.message);
			});
			const tracked = done.then(() => undefined);
			this.running.add(tracked);
			void tracked.finally(() => this.running.delete(tracked));
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.port = (this.server.address() as AddressInfo).port;
	}

	/** Waits for every call in progress and the executions it started. */
	async settle(): Promise<void> {
		while (this.running.size) await Promise.all([...this.running]);
	}

	async stop(): Promise<void> {
		await this.settle();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	/** activate: webhookMethods checkExists, then create when it says the webhook is not there. */
	async activate(): Promise<void> {
		const methods = this.nodeType.webhookMethods?.default;
		if (!methods) return;
		const context = new HookContext(this.workflow, this.node, this.additionalData(), 'trigger', 'activate', this.webhookData());
		if (!(await methods.checkExists.call(context))) await methods.create.call(context);
	}

	async deactivate(): Promise<void> {
		const methods = this.nodeType.webhookMethods?.default;
		if (!methods) return;
		await methods.delete.call(new HookContext(this.workflow, this.node, this.additionalData(), 'trigger', 'activate', this.webhookData()));
	}

	/** One scheduled poll; what it emits runs as an execution, as n8n does. */
	async poll(): Promise<INodeExecutionData[] | null> {
		const poll = this.nodeType.poll;
		if (!poll) throw new Error('the trigger cannot poll');
		const context = new PollContext(this.workflow, this.node, this.additionalData(), 'trigger', 'activate');
		const emitted = await poll.call(context);
		if (emitted) await this.execute(emitted, 'trigger');
		return emitted?.[0] ?? null;
	}

	/** A manual run of the workflow from the trigger ("fetch test event"). */
	async testRun(): Promise<Execution> {
		return await this.execute([[{ json: {} }]], 'manual');
	}

	private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		let size = 0;
		for await (const chunk of req) {
			size += (chunk as Buffer).length;
			if (size > N8N_PAYLOAD_LIMIT) {
				res.writeHead(413).end('request entity too large');
				return;
			}
			chunks.push(chunk as Buffer);
		}
		const rawBody = Buffer.concat(chunks);
		if (req.url !== `/webhook/${this.webhookPath()}` || req.method !== 'POST') {
			res
				.writeHead(404, { 'content-type': 'application/json' })
				.end(JSON.stringify({ code: 404, message: 'The requested webhook is not registered.' }));
			return;
		}
		let body: unknown = {};
		if (/application\/json/i.test(req.headers['content-type'] ?? '') && rawBody.length) {
			try {
				body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				body = {};
			}
		}
		const response = expressResponse(res);
		const request = Object.assign(req, { body, rawBody, query: {}, params: {} });
		const additionalData = this.additionalData({ httpRequest: request as never, httpResponse: response as never });
		const context = new WebhookContext(this.workflow, this.node, additionalData, 'webhook', this.webhookData(), [], null);
		const result = await this.nodeType.webhook?.call(context);
		if (!result || result.noWebhookResponse) {
			this.answers.push({ status: res.statusCode, body: undefined });
			return;
		}
		const answer = result.webhookResponse ?? { message: result.workflowData ? 'Workflow was started' : 'Webhook call received' };
		this.answers.push({ status: 200, body: answer });
		response.status(200).json(answer);
		if (result.workflowData) await this.execute(result.workflowData, 'webhook');
	}

	private async execute(data: INodeExecutionData[][], mode: 'webhook' | 'trigger' | 'manual'): Promise<Execution> {
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node: this.node, data: { main: data }, source: null }] },
		});
		const run = await new WorkflowExecute(this.additionalData(), mode, runExecutionData).processRunExecutionData(this.workflow);
		const execution: Execution = {
			run,
			items: run.data.resultData.runData[this.node.name]?.[0]?.data?.main?.[0] ?? [],
			output: (nodeName) => run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
		};
		this.executions.push(execution);
		return execution;
	}
}
