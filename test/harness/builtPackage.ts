import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

import type { Package } from './runWorkflow';

/** The package as n8n loads it: each file listed in package.json's "n8n" section, class named after the file. */
export async function loadBuiltPackage(root = join(__dirname, '..', '..')): Promise<Package> {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const load = async <T>(file: string): Promise<T> => {
		const exported = await import(join(root, file));
		const className = file.split('/').pop()!.split('.')[0];
		return new exported[className]() as T;
	};
	const nodes: Record<string, INodeType> = {};
	for (const file of manifest.n8n.nodes as string[]) {
		const node = await load<INodeType>(file);
		nodes[`${manifest.name}.${node.description.name}`] = node;
	}
	const credentials: Record<string, ICredentialType> = {};
	for (const file of manifest.n8n.credentials as string[]) {
		const credential = await load<ICredentialType>(file);
		credentials[credential.name] = credential;
	}
	return { nodes, credentials };
}
