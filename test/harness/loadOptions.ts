import { LoadOptionsContext } from 'n8n-core';
import {
	NodeHelpers,
	type ICredentialDataDecryptedObject,
	type INode,
	type INodeListSearchResult,
	type INodeParameters,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { createAdditionalData, createWorkflow, type Package } from './runWorkflow';

/**
 * Runs a node's list search the way the editor does when a user opens a "From List" picker:
 * n8n-core's LoadOptionsContext over the node as currently configured.
 */
export async function searchList(
	pkg: Package,
	nodeType: string,
	method: string,
	parameters: INodeParameters,
	credential: ICredentialDataDecryptedObject,
	filter?: string,
): Promise<INodeListSearchResult> {
	const credentialsHelper = new TestCredentialsHelper(pkg.credentials);
	credentialsHelper.store.set('credential', { ...credential });
	const node: INode = {
		id: 'node',
		name: 'Node',
		type: nodeType,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [Object.keys(pkg.credentials)[0]]: { id: 'credential', name: 'credential' } },
	};
	const workflowJson = { name: 'editor', nodes: [node], connections: {} };
	const workflow = createWorkflow(pkg, workflowJson);
	credentialsHelper.workflow = workflow;
	const additionalData = createAdditionalData(credentialsHelper, workflowJson);
	additionalData.currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, '');
	const search = NodeHelpers.getVersionedNodeType(pkg.nodes[nodeType]).methods?.listSearch?.[method];
	if (!search) throw new Error(`${nodeType} has no list search ${method}`);
	return await search.call(context, filter);
}
