import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	createRunExecutionData,
	NodeConnectionTypes,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeType,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { createAdditionalData, createWorkflow, type Package } from './runWorkflow';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

function get(data: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], data);
}

/**
 * The credential's "Test" button, the way n8n's CredentialsTester runs a declarative test: the
 * credential's `test.request` becomes the routing of a throw-away node, which n8n-core's
 * RoutingNode runs with the credential (preAuthentication and authenticate included); then
 * n8n's rules apply and failures are reported with n8n's wording.
 */
export async function testCredential(pkg: Package, type: string, data: ICredentialDataDecryptedObject): Promise<CredentialTestResult> {
	const credentialType = pkg.credentials[type];
	const testRequest = credentialType.test;
	if (!testRequest) throw new Error(`${type} has no test request`);
	const tempNode: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'noOp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: type, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: testRequest.request } }],
		},
	};
	const workflowJson = {
		name: 'credential test',
		nodes: [
			{
				id: 'temp',
				name: 'Temp-Node',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [0, 0] as [number, number],
				parameters: { temp: '' },
				credentials: { [type]: { id: 'credential-under-test', name: 'under test' } },
			},
		],
		connections: {},
	};
	const credentialsHelper = new TestCredentialsHelper(pkg.credentials);
	const workflow = createWorkflow({ ...pkg, nodes: { ...pkg.nodes, 'n8n-nodes-base.noOp': tempNode } }, workflowJson);
	credentialsHelper.workflow = workflow;
	credentialsHelper.store.set('credential-under-test', { ...data });
	const node = workflow.getNode('Temp-Node') as INode;
	const additionalData = createAdditionalData(credentialsHelper, workflowJson);
	const decrypted = await credentialsHelper.getDecrypted(additionalData, { id: 'credential-under-test', name: 'under test' }, type);
	const inputData = { main: [[{ json: {} }]] };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createRunExecutionData(),
		0,
		[],
		inputData,
		{ node, data: inputData, source: null },
		[],
	);
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, tempNode, {
			id: 'credential-under-test',
			name: 'under test',
			type,
			data: decrypted,
		}).runNode();
	} catch (caught) {
		const error = caught as Error & { cause?: IDataObject };
		const response = error.cause?.response as IDataObject | undefined;
		if (response) {
			const status = Number(response.status);
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return { status: 'Error', message: String(response.statusText || `Received HTTP status code: ${status}`) };
		}
		if (error.cause?.code) return { status: 'Error', message: String(error.cause.code) };
		return { status: 'Error', message: error.message };
	}
	const first = response?.[0]?.[0];
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody' && get(first?.json, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection tested successfully' };
}
