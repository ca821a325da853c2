import 'reflect-metadata';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INodeExecutionData,
	type IExecuteResponsePromiseData,
	type INodeType,
	type INodeTypes,
	type IVersionedNodeType,
	type IRun,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { toolVariant } from './aiAgent';
import { TestCredentialsHelper } from './credentials';
import { ManualTrigger } from './manualTrigger';

/** Items as n8n pins them: JSON, and binary data (base64 in `data`, as n8n keeps it in memory). */
export type PinData = Record<string, Array<Pick<INodeExecutionData, 'json' | 'binary'>>>;

export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: IWorkflowBase['nodes'];
	connections: IWorkflowBase['connections'];
	pinData?: PinData;
}

export interface Package {
	/**
	 * Node types by their workflow type name, e.g. 'n8n-nodes-cipp-toolkit.cipp'; versioned types
	 * (most of n8n-nodes-base) are resolved by each node's typeVersion.
	 */
	nodes: Record<string, INodeType | IVersionedNodeType>;
	credentials: Record<string, ICredentialType>;
}

export interface RunOptions {
	/** Credential id (as referenced in the workflow) → stored data. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/**
	 * Items to feed a node with instead of running it (n8n's pinned data). A trigger with pinned
	 * items is where the run starts, as when n8n runs a workflow whose trigger output is pinned.
	 */
	pinData?: PinData;
	/** An existing helper to keep credential state (the stored token) across runs. */
	credentialsHelper?: TestCredentialsHelper;
}

export interface WorkflowResult {
	run: IRun;
	credentialsHelper: TestCredentialsHelper;
	/** The items a node put out on its first output, with pairedItem. */
	output(nodeName: string): INodeExecutionData[];
	/** The error that stopped the run, if any. */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string | null };
	/** What Respond to Webhook nodes sent back to the caller, in order. */
	responses: IExecuteResponsePromiseData[];
}

/**
 * Runs workflow JSON through n8n-core's real WorkflowExecute, as n8n runs a manual execution,
 * with this package's node and credential types and n8n's own Manual Trigger behaviour.
 */
export async function runWorkflow(pkg: Package, workflowJson: WorkflowJson, options: RunOptions): Promise<WorkflowResult> {
	const credentialsHelper = options.credentialsHelper ?? new TestCredentialsHelper(pkg.credentials);
	for (const [id, data] of Object.entries(options.credentials)) {
		if (!credentialsHelper.store.has(id)) credentialsHelper.store.set(id, { ...data });
	}
	const workflow = createWorkflow(pkg, workflowJson);
	credentialsHelper.workflow = workflow;
	const additionalData = createAdditionalData(credentialsHelper, workflowJson);
	const responses: IExecuteResponsePromiseData[] = [];
	additionalData.hooks?.addHandler('sendResponse', (response) => {
		responses.push(response);
	});
	const pinData = (options.pinData ?? workflowJson.pinData) as IRun['data']['resultData']['pinData'];
	const startNode = pinnedTrigger(workflow, pinData) ?? workflow.getStartNode();
	if (!startNode) throw new Error(`Workflow "${workflowJson.name}" has no start node`);
	const run = await new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode, pinData });
	return {
		run,
		credentialsHelper,
		output: (nodeName) => run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
		error: run.data.resultData.error as WorkflowResult['error'],
		responses,
	};
}

/**
 * The trigger n8n starts a manual run from when its output is pinned (a Webhook or Form Trigger
 * that would otherwise wait for a call): a node without inputs that has pinned items.
 */
function pinnedTrigger(workflow: Workflow, pinData: IRun['data']['resultData']['pinData']) {
	return Object.values(workflow.nodes).find(
		(node) => pinData?.[node.name] !== undefined && !node.disabled && workflow.getParentNodes(node.name).length === 0,
	);
}

/**
 * The node type for a workflow type name, with n8n's tool variants: `<package>.<name>Tool` is
 * made from `<package>.<name>` when that node is usable as a tool, as n8n's node registry does.
 */
function resolveType(
	registry: Record<string, INodeType | IVersionedNodeType>,
	tools: Map<string, INodeType>,
	type: string,
	version?: number,
): INodeType {
	const own = registry[type];
	if (own) return NodeHelpers.getVersionedNodeType(own, version);
	const base = type.endsWith('Tool') ? registry[type.slice(0, -'Tool'.length)] : undefined;
	if (!base) throw new Error(`Unknown node type ${type}`);
	const key = `${type}@${version ?? 'default'}`;
	if (!tools.has(key)) tools.set(key, toolVariant(NodeHelpers.getVersionedNodeType(base, version)));
	return tools.get(key) as INodeType;
}

/** n8n's node registry for this package, plus n8n's Manual Trigger. */
export function createWorkflow(pkg: Package, workflowJson: WorkflowJson): Workflow {
	const registry: Record<string, INodeType | IVersionedNodeType> = {
		'n8n-nodes-base.manualTrigger': new ManualTrigger(),
		...pkg.nodes,
	};
	const tools = new Map<string, INodeType>();
	const nodeTypes: INodeTypes = {
		getByName: (type) => registry[type] ?? resolveType(registry, tools, type),
		getByNameAndVersion: (type, version) => resolveType(registry, tools, type, version),
		getKnownTypes: () => ({}),
	};
	return new Workflow({
		id: workflowJson.id ?? 'test',
		name: workflowJson.name,
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		nodeTypes,
		active: false,
		settings: {},
	});
}

/** What n8n hands the engine for one execution; here without a database, webhooks or sub-workflows. */
export function createAdditionalData(credentialsHelper: TestCredentialsHelper, workflowJson: WorkflowJson): IWorkflowExecuteAdditionalData {
	const workflowData = { ...workflowJson, active: false, settings: {} } as unknown as IWorkflowBase;
	return {
		credentialsHelper,
		hooks: new ExecutionLifecycleHooks('manual', 'test-execution', workflowData),
		executionId: 'test-execution',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		logAiEvent: () => undefined,
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not supported by this harness');
		},
		startRunnerTask: async () => {
			throw new Error('Task runners are not supported by this harness');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}
