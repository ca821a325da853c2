import { join } from 'node:path';

import type { ICredentialType, INodeType, IVersionedNodeType } from 'n8n-workflow';

import type { Package, WorkflowJson } from './runWorkflow';

const BASE_PACKAGE = 'n8n-nodes-base';
const baseRoot = join(require.resolve(`${BASE_PACKAGE}/package.json`), '..');

interface KnownClass {
	className: string;
	sourcePath: string;
}

/** n8n-nodes-base's own index (what n8n's lazy package loader reads): type name → class and file. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const known = require(join(baseRoot, 'dist', 'known', 'nodes.json')) as Record<string, KnownClass>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const knownCredentials = require(join(baseRoot, 'dist', 'known', 'credentials.json')) as Record<string, KnownClass>;

function instantiate<T>(entry: KnownClass | undefined, what: string): T {
	if (!entry) throw new Error(`${BASE_PACKAGE} has no ${what}`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(join(baseRoot, entry.sourcePath)) as Record<string, new () => T>;
	return new exported[entry.className]();
}

/** One n8n-nodes-base node type by its short name (e.g. 'emailSend'), versioned types as they are. */
export function baseNodeType(name: string): INodeType | IVersionedNodeType {
	return instantiate(known[name], `node "${name}"`);
}

/** One n8n-nodes-base credential type by name (e.g. 'smtp'). */
export function baseCredentialType(name: string): ICredentialType {
	return instantiate(knownCredentials[name], `credential "${name}"`);
}

/**
 * The package plus the n8n-nodes-base nodes the workflow uses (Webhook, Send Email, HTTP Request,
 * ...) and the credential types those nodes reference, loaded from the installed n8n-nodes-base
 * the way n8n does: by type name from its index, versioned nodes resolved by each node's
 * typeVersion when the engine asks. Types the package (or the harness) already has win.
 */
export function withBaseNodes(pkg: Package, workflow: WorkflowJson): Package {
	const nodes = { ...pkg.nodes };
	const credentials = { ...pkg.credentials };
	for (const node of workflow.nodes) {
		const [packageName, name] = node.type.split('.');
		if (packageName === BASE_PACKAGE && !nodes[node.type]) nodes[node.type] = baseNodeType(name);
		for (const credential of Object.keys(node.credentials ?? {})) {
			if (!credentials[credential] && knownCredentials[credential]) credentials[credential] = baseCredentialType(credential);
		}
	}
	return { nodes, credentials };
}
