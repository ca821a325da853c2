import 'reflect-metadata';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { ManualTrigger } from './manualTrigger';

export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: IWorkflowBase['nodes'];
	connections: IWorkflowBase['connections'];
	pinData?: Record<string, Array<{ json: IDataObject }>>;
}

export interface Package {
	/** Node types by their workflow type name, e.g. 'n8n-nodes-cipp-toolkit.cipp'. */
	nodes: Record<string, INodeType>;
	credentials: Record<string, ICredentialType>;
}

export interface RunOptions {
	/** Credential id (as referenced in the workflow) → stored data. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Items to feed a node with instead of running it (n8n's pinned data). */
	pinData?: Record<string, Array<{ json: IDataObject }>>;
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
	const startNode = workflow.getStartNode();
	if (!startNode) throw new Error(`Workflow "${workflowJson.name}" has no start node`);
	const run = await new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode,
		pinData: options.pinData ?? workflowJson.pinData,
	});
	return {
		run,
		credentialsHelper,
		output: (nodeName) => run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
		error: run.data.resultData.error as WorkflowResult['error'],
	};
}

/** n8n's node registry for this package, plus n8n's Manual Trigger. */
export function createWorkflow(pkg: Package, workflowJson: WorkflowJson): Workflow {
	const registry: Record<string, INodeType> = {
		'n8n-nodes-base.manualTrigger': new ManualTrigger(),
		...pkg.nodes,
	};
	const nodeTypes: INodeTypes = {
		getByName: (type) => registry[type],
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(registry[type], version),
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
export function createAdditionalData(
	credentialsHelper: TestCredentialsHelper,
	workflowJson: WorkflowJson,
): IWorkflowExecuteAdditionalData {
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
