/**
 * Running the repository's example workflows whole in the engine harness: the trigger's output
 * pinned (as n8n does when a Webhook, Form or Chat trigger has pinned data), notifications
 * pointed at local receivers, and an AI Agent replaced by a scripted one (no language model here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IBinaryData, IConnections, ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { pinnedTriggerStandIn, ScriptedAgent, type ToolCall } from '../harness/aiAgent';
import { withBaseNodes } from '../harness/baseNodes';
import { runWorkflow, type Package, type PinData, type WorkflowJson, type WorkflowResult } from '../harness/runWorkflow';
import { CippSandbox } from '../sandbox';
import { cippPackage } from './cippPackage';
import { triggerPackage } from './triggerWorkflows';
import { HttpListener, SmtpSink } from './receivers';
import { sandboxCredential } from './workflows';

export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

export const exampleFiles = (): string[] =>
	readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.workflow.json'))
		.sort();

export function readExample(file: string): WorkflowJson {
	return JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as WorkflowJson;
}

const AGENT_TYPE = '@n8n/n8n-nodes-langchain.agent';
const CHAT_TRIGGER_TYPE = '@n8n/n8n-nodes-langchain.chatTrigger';
const SCRIPTED_AGENT_TYPE = 'harness.scriptedAgent';

/** The CIPP package, the harness's stand-ins and the n8n-nodes-base nodes the workflow uses. */
export function examplePackage(workflow: WorkflowJson): Package {
	const pkg: Package = {
		nodes: {
			...cippPackage.nodes,
			...triggerPackage.nodes,
			[SCRIPTED_AGENT_TYPE]: new ScriptedAgent(),
			[CHAT_TRIGGER_TYPE]: pinnedTriggerStandIn(CHAT_TRIGGER_TYPE),
		},
		credentials: triggerPackage.credentials,
	};
	return withBaseNodes(pkg, workflow);
}

// ------------------------------------------------------------------------------------------
// Trigger output, as n8n's triggers put it out
// ------------------------------------------------------------------------------------------

/** The item n8n's Webhook node (v2) emits for a JSON POST. */
export function webhookCall(trigger: INode, body: IDataObject): PinData[string] {
	if (trigger.type !== 'n8n-nodes-base.webhook') throw new Error(`${trigger.name} is not a Webhook`);
	const method = (trigger.parameters.httpMethod as string | undefined) ?? 'GET';
	if (method !== 'POST') throw new Error(`${trigger.name} listens for ${method}, not POST`);
	const path = trigger.parameters.path as string;
	return [
		{
			json: {
				headers: { host: 'localhost:5678', 'content-type': 'application/json', 'user-agent': 'alert-sender/1.0' },
				params: {},
				query: {},
				body,
				webhookUrl: `http://localhost:5678/webhook-test/${path}`,
				executionMode: 'test',
			},
		},
	];
}

export interface UploadedFile {
	fileName: string;
	mimeType: string;
	content: string;
}

interface FormField {
	fieldLabel: string;
	fieldType?: string;
}

/**
 * The item n8n's Form Trigger (v2) emits for a submission: one JSON field per form field label,
 * an uploaded file as binary data under the label with non-word characters as `_` (and its
 * name, type and size in the JSON), `submittedAt` and `formMode`. Every value must belong to a
 * field of the trigger, so a test cannot feed a form the example does not have.
 */
export function formSubmission(trigger: INode, values: IDataObject, files: Record<string, UploadedFile> = {}): PinData[string] {
	if (trigger.type !== 'n8n-nodes-base.formTrigger') throw new Error(`${trigger.name} is not a Form Trigger`);
	const fields = ((trigger.parameters.formFields as { values?: FormField[] } | undefined)?.values ?? []) as FormField[];
	const field = (label: string, type: 'file' | 'value') => {
		const found = fields.find((candidate) => candidate.fieldLabel === label);
		if (!found || (found.fieldType === 'file') !== (type === 'file')) {
			throw new Error(`${trigger.name} has no ${type === 'file' ? 'file ' : ''}field "${label}"`);
		}
	};
	const json: IDataObject = {};
	const binary: Record<string, IBinaryData> = {};
	for (const [label, value] of Object.entries(values)) {
		field(label, 'value');
		json[label] = value;
	}
	for (const [label, file] of Object.entries(files)) {
		field(label, 'file');
		const bytes = Buffer.from(file.content, 'utf8');
		json[label] = { filename: file.fileName, mimetype: file.mimeType, size: bytes.length };
		binary[label.replace(/\W/g, '_')] = {
			data: bytes.toString('base64'),
			mimeType: file.mimeType,
			fileName: file.fileName,
			fileExtension: file.fileName.split('.').pop(),
			fileSize: `${bytes.length} B`,
		};
	}
	json.submittedAt = new Date().toISOString();
	json.formMode = 'test';
	return [{ json, ...(Object.keys(binary).length ? { binary } : {}) }];
}

/** The item n8n's Chat Trigger emits for a message. */
export function chatMessage(trigger: INode, text: string): PinData[string] {
	if (trigger.type !== CHAT_TRIGGER_TYPE) throw new Error(`${trigger.name} is not a Chat Trigger`);
	return [{ json: { sessionId: 'test-session', action: 'sendMessage', chatInput: text } }];
}

// ------------------------------------------------------------------------------------------
// Workflow adjustments a user would make (their webhook URL, their SMTP relay) and the
// scripted agent in place of the model
// ------------------------------------------------------------------------------------------

/** Where example workflows run: the CIPP sandbox, and the receivers of their notifications. */
export interface ExampleEnvironment {
	sandbox: CippSandbox;
	smtp: SmtpSink;
	http: HttpListener;
}

/** Starts the sandbox and the receivers before the test file's tests, and stops them after. */
export function exampleEnvironment(): ExampleEnvironment {
	const environment = {} as ExampleEnvironment;
	beforeAll(async () => {
		[environment.sandbox, environment.smtp, environment.http] = await Promise.all([
			CippSandbox.start(),
			SmtpSink.start(),
			HttpListener.start(),
		]);
	});
	afterAll(async () => {
		await Promise.all([environment.sandbox.stop(), environment.smtp.stop(), environment.http.stop()]);
	});
	return environment;
}

/** The path a node's HTTP Request lands on at the listener: its name, lower case, words joined by `-`. */
export const listenerPath = (nodeName: string) => `/${nodeName.toLowerCase().replace(/\W+/g, '-')}`;

/**
 * A copy of the workflow with every HTTP Request node's URL on the local listener (at
 * listenerPath(node name)), and the credentials: the sandbox for CIPP, the SMTP sink for every
 * SMTP credential the workflow references.
 */
export function pointAtReceivers(
	workflow: WorkflowJson,
	{ sandbox, smtp, http }: ExampleEnvironment,
): { workflow: WorkflowJson; credentials: Record<string, ICredentialDataDecryptedObject> } {
	const copy = structuredClone(workflow);
	const credentials = sandboxCredential(sandbox);
	for (const each of copy.nodes) {
		if (each.type === 'n8n-nodes-base.httpRequest') each.parameters.url = http.url(listenerPath(each.name));
		const reference = each.credentials?.smtp;
		if (reference?.id) credentials[reference.id] = smtp.credential();
	}
	return { workflow: copy, credentials };
}

/**
 * The workflow with its AI Agent replaced by the scripted agent making `calls` (same name and
 * connections, so it gets the same tools) and its language model nodes removed.
 */
export function withScriptedAgent(workflow: WorkflowJson, calls: ToolCall[]): WorkflowJson {
	const copy = structuredClone(workflow);
	const models = new Set(
		Object.entries(copy.connections)
			.filter(([, outputs]) => outputs.ai_languageModel)
			.map(([name]) => name),
	);
	copy.nodes = copy.nodes
		.filter((each) => !models.has(each.name))
		.map((each) =>
			each.type === AGENT_TYPE
				? { ...each, type: SCRIPTED_AGENT_TYPE, typeVersion: 1, parameters: { toolCalls: JSON.stringify(calls) } }
				: each,
		);
	const connections: IConnections = {};
	for (const [name, outputs] of Object.entries(copy.connections)) if (!models.has(name)) connections[name] = outputs;
	copy.connections = connections;
	if (!copy.nodes.some((each) => each.type === SCRIPTED_AGENT_TYPE)) throw new Error(`${workflow.name} has no AI Agent`);
	return copy;
}

/** Runs an example whole: trigger output pinned, receivers and sandbox in place. */
export async function runExample(
	workflow: WorkflowJson,
	trigger: { node: string; items: PinData[string] },
	environment: ExampleEnvironment,
): Promise<WorkflowResult> {
	const pointed = pointAtReceivers(workflow, environment);
	return await runWorkflow(examplePackage(pointed.workflow), pointed.workflow, {
		credentials: pointed.credentials,
		pinData: { [trigger.node]: trigger.items },
	});
}
