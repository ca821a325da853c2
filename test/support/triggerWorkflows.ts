/** The package with the CIPP Trigger, and workflows that start with it, for the trigger's engine tests. */
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { CippAlertWebhookApi } from '../../credentials/CippAlertWebhookApi.credentials';
import { CippApi } from '../../credentials/CippApi.credentials';
import { Cipp } from '../../nodes/Cipp/Cipp.node';
import { CippTrigger } from '../../nodes/CippTrigger/CippTrigger.node';
import type { Package, WorkflowJson } from '../harness/runWorkflow';
import type { CippSandbox } from '../sandbox';
import { CREDENTIAL_ID, NODE_TYPE, sandboxCredential } from './workflows';

export const TRIGGER_TYPE = 'n8n-nodes-cipp-toolkit.cippTrigger';
export const SECRET_ID = 'cippAlertSecret01';
export const SECRET = 'k3y-for-the-cipp-trigger-0123456789';

export const triggerPackage: Package = {
	nodes: { [NODE_TYPE]: new Cipp(), [TRIGGER_TYPE]: new CippTrigger() },
	credentials: { cippApi: new CippApi(), cippAlertWebhookApi: new CippAlertWebhookApi() },
};

export function triggerCredentials(sandbox: CippSandbox, secret: Partial<ICredentialDataDecryptedObject> = {}) {
	return {
		...sandboxCredential(sandbox, { clientId: sandbox.clients.admin.clientId, apiKey: sandbox.clients.admin.clientSecret }),
		[SECRET_ID]: { secret: SECRET, username: 'cipp', headerName: 'X-CIPP-Webhook-Key', ...secret },
	};
}

/** CIPP Trigger alone, or followed by the given nodes. */
export function triggerWorkflow(parameters: INodeParameters, after: WorkflowJson['nodes'] = []): WorkflowJson {
	const nodes: WorkflowJson['nodes'] = [
		{
			id: 'trigger',
			name: 'CIPP Trigger',
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			webhookId: '6f0b7c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e',
			parameters,
			credentials: {
				cippAlertWebhookApi: { id: SECRET_ID, name: 'CIPP alert secret' },
				cippApi: { id: CREDENTIAL_ID, name: 'CIPP sandbox' },
			},
		},
		...after,
	];
	const connections: WorkflowJson['connections'] = {};
	nodes.slice(0, -1).forEach((node, index) => {
		connections[node.name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	});
	return { id: 'triggerTest', name: 'CIPP Trigger test', nodes, connections };
}
