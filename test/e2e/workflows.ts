/**
 * Workflows the e2e run imports: the repository's examples (with their CIPP
 * credential reference pointed at the imported sandbox credential), a trivial
 * smoke workflow, and variants of the reset-password example built here for
 * the certificate and "On Error: Continue" cases.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './config';
import { SandboxInfo } from './sandbox';
import { CredentialImport } from './n8n';
import { info } from './report';

export const CIPP_NODE_TYPE = 'n8n-nodes-cipp-toolkit.cipp';
export const CIPP_CREDENTIAL_TYPE = 'cippApi';

export interface WorkflowNode {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
	[key: string]: unknown;
}

export interface Workflow {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }>;
	[key: string]: unknown;
}

export interface E2eWorkflow {
	workflow: Workflow;
	/** Where it came from: an examples/ file, or "built in test/e2e". */
	source: string;
}

/** The credentials imported into every n8n: one trusting the sandbox's self-signed certificate, one not. */
export const CREDENTIALS = {
	insecure: { id: 'e2eCippSandboxOk', name: 'CIPP sandbox (Ignore SSL Issues)' },
	strict: { id: 'e2eCippSandboxTls', name: 'CIPP sandbox (verify certificate)' },
};

export function sandboxCredentials(sb: SandboxInfo): CredentialImport[] {
	const data = (ignoreSSLIssues: boolean) => ({
		apiUrl: sb.url,
		tenantId: sb.tenantId,
		clientId: sb.clientId,
		apiKey: sb.clientSecret,
		tokenUrl: sb.tokenUrl,
		ignoreSSLIssues,
	});
	return [
		{ ...CREDENTIALS.insecure, type: CIPP_CREDENTIAL_TYPE, data: data(true) },
		{ ...CREDENTIALS.strict, type: CIPP_CREDENTIAL_TYPE, data: data(false) },
	];
}

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

/** Every examples/*.workflow.json, parsed and sanity-checked. */
export function loadAllExamples(): E2eWorkflow[] {
	if (!fs.existsSync(EXAMPLES_DIR)) return [];
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.workflow.json'))
		.sort()
		.map((f) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')) as Workflow;
			const problems: string[] = [];
			if (typeof workflow.id !== 'string' || !workflow.id) problems.push('has no "id"');
			else if (workflow.id.length > 21) problems.push(`id "${workflow.id}" is longer than 21 characters`);
			if (problems.length) throw new Error(`examples/${f} ${problems.join(', ')}`);
			return { workflow, source: `examples/${f}` };
		});
}

/**
 * The examples that `n8n execute` can start. Examples started by another trigger (a webhook, a
 * form, a chat) are left out, and `skipped` is told which and why: the engine tests
 * (test/workflow/examples.test.ts) run those with pinned trigger data.
 */
export function loadExamples(
	skipped: (source: string, reason: string) => void = (source, reason) => info(`skipped ${source}: ${reason}`),
): E2eWorkflow[] {
	return loadAllExamples().filter(({ workflow, source }) => {
		const runnable = workflow.nodes?.some((n) => n.type === 'n8n-nodes-base.manualTrigger') ?? false;
		if (!runnable) skipped(source, 'no Manual Trigger, so `n8n execute` cannot start it');
		return runnable;
	});
}

/** A deep copy with every CIPP credential reference pointed at `cred`. */
export function withCredential(wf: Workflow, cred: { id: string; name: string }): Workflow {
	const copy = JSON.parse(JSON.stringify(wf)) as Workflow;
	for (const node of copy.nodes) {
		if (node.credentials?.[CIPP_CREDENTIAL_TYPE]) node.credentials[CIPP_CREDENTIAL_TYPE] = { ...cred };
		else if (node.type === CIPP_NODE_TYPE) node.credentials = { ...node.credentials, [CIPP_CREDENTIAL_TYPE]: { ...cred } };
	}
	copy.active = false;
	return copy;
}

export function cippNodes(wf: Workflow): WorkflowNode[] {
	return wf.nodes.filter((n) => n.type === CIPP_NODE_TYPE);
}

/** Manual Trigger -> No Operation: checks the n8n install itself, without the package. */
export function smokeWorkflow(): Workflow {
	return {
		id: 'e2eSmokeManual',
		name: 'e2e smoke: manual trigger',
		active: false,
		settings: {},
		nodes: [trigger(), { name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} }],
		connections: { 'When clicking ‘Execute workflow’': { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
	};
}

/** The Manual Trigger every workflow run by `n8n execute` or the editor's button starts with. */
export function trigger(): WorkflowNode {
	return {
		name: 'When clicking ‘Execute workflow’',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}

/** A CIPP node with the sandbox credential that trusts the sandbox's certificate. */
export function cippNode(name: string, position: [number, number], parameters: Record<string, unknown>): WorkflowNode {
	return {
		name,
		type: CIPP_NODE_TYPE,
		typeVersion: 1,
		position,
		parameters,
		credentials: { [CIPP_CREDENTIAL_TYPE]: { ...CREDENTIALS.insecure } },
	};
}
