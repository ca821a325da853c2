import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeParameters } from 'n8n-workflow';

import type { CippSandbox } from '../sandbox';
import type { WorkflowJson } from '../harness/runWorkflow';

/** The node's type in workflow JSON: `<package name>.<node name>`. */
export const NODE_TYPE = 'n8n-nodes-cipp-toolkit.cipp';

export const CREDENTIAL_ID = 'cippSandboxCred01';

/** A CIPP API credential for the sandbox, as a user would fill it in. */
export function sandboxCredential(
	sandbox: CippSandbox,
	overrides: Partial<ICredentialDataDecryptedObject> = {},
): Record<string, ICredentialDataDecryptedObject> {
	return {
		[CREDENTIAL_ID]: {
			apiUrl: `${sandbox.url}/api/`,
			tenantId: sandbox.tenantId,
			clientId: sandbox.clientId,
			apiKey: sandbox.clientSecret,
			tokenUrl: sandbox.tokenUrl(),
			ignoreSSLIssues: true,
			...overrides,
		},
	};
}

/**
 * Reset Password with its defaults, taking the tenant and the user from the item, as a workflow
 * after the CIPP Trigger does (the trigger's items carry `tenant` and `user`).
 */
export const RESET_FROM_ALERT: INodeParameters = {
	resource: 'user',
	operation: 'resetPassword',
	tenantFilter: { __rl: true, mode: 'domain', value: '={{ $json.tenant }}' },
	userId: { __rl: true, mode: 'upn', value: '={{ $json.user }}' },
	options: {},
};

/** A workflow's node by its name, as a user finds it, rather than by its position in the JSON. */
export function node(workflow: WorkflowJson, name: string): INode {
	const found = workflow.nodes.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`${workflow.name} has no node "${name}"`);
	return found;
}

export const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

/** Manual Trigger → CIPP, with the given node parameters and settings. */
export function cippWorkflow(
	parameters: INodeParameters,
	settings: { onError?: 'continueRegularOutput' | 'stopWorkflow' } = {},
): WorkflowJson {
	return {
		name: 'CIPP test',
		nodes: [
			{ id: 't', name: 'Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'c',
				name: 'CIPP',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [220, 0],
				parameters,
				credentials: { cippApi: { id: CREDENTIAL_ID, name: 'CIPP sandbox' } },
				...settings,
			},
		],
		connections: { Trigger: { main: [[{ node: 'CIPP', type: 'main', index: 0 }]] } },
	};
}

/**
 * Reset Password with only the reset itself (no role check, revocation or verification): the
 * tests of the transport, faults and bulk runs count ExecResetPass requests one per item. The
 * safe-reset steps have their own tests.
 */
export const RESET_ONLY: INodeParameters = { revokeSessions: false, verifyReset: false, allowPrivilegedAccounts: true };

/** Reset Password driven by each input item's `tenant`, `user` and `mustChange` fields. */
export function resetPasswordFromItems(
	settings: Parameters<typeof cippWorkflow>[1] = {},
	steps: INodeParameters = RESET_ONLY,
): WorkflowJson {
	return cippWorkflow(
		{
			resource: 'user',
			operation: 'resetPassword',
			tenantFilter: locator('domain', '={{ $json.tenant }}'),
			userId: locator('upn', '={{ $json.user }}'),
			mustChangePassword: '={{ $json.mustChange ?? true }}',
			...steps,
		},
		settings,
	);
}

/** Items fed to the CIPP node through the trigger's pinned data. */
export function inputs(rows: IDataObject[]) {
	return { Trigger: rows.map((json) => ({ json })) };
}
