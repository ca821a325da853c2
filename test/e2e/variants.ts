/**
 * Workflows built here from the reset-password example (rather than added to
 * examples/): the certificate case both ways, and one good and one bad item
 * under "On Error: Continue".
 */
import { CREDENTIALS, E2eWorkflow, Workflow, WorkflowNode, cippNodes, withCredential } from './workflows';

export type VariantKind = 'strictCertificate' | 'insecureCertificate' | 'continueOnFail';

export interface Variant {
	kind: VariantKind;
	title: string;
	workflow: Workflow;
	/** continueOnFail: index of the input item that must fail, and the user it names. */
	badIndex?: number;
	badUser?: string;
}

/** Users for the "On Error: Continue" case: the first does not exist, the second does. */
export const MISSING_USER = 'no.such.user@contoso.onmicrosoft.com';
export const BAD_INDEX = 0;

function isResetPassword(n: WorkflowNode): boolean {
	return n.parameters?.resource === 'user' && n.parameters?.operation === 'resetPassword';
}

/** The reset-password example and its CIPP node, or undefined if there is none. */
function findResetPassword(examples: E2eWorkflow[]): { wf: Workflow; node: WorkflowNode } | undefined {
	const sorted = [...examples].sort((a, b) => Number(!/reset-password/.test(a.source)) - Number(!/reset-password/.test(b.source)));
	for (const e of sorted) {
		const node = cippNodes(e.workflow).find(isResetPassword);
		if (node) return { wf: e.workflow, node };
	}
	return undefined;
}

function renamed(wf: Workflow, id: string, name: string): Workflow {
	return { ...wf, id, name: `e2e: ${name}` };
}

/** Manual Trigger -> Set (list of users) -> Split Out -> the reset-password node, with onError=continueRegularOutput. */
function continueOnFailWorkflow(base: Workflow, node: WorkflowNode): Workflow {
	const wf = withCredential(base, CREDENTIALS.insecure);
	const cipp = wf.nodes.find((n) => n.name === node.name)!;
	const trigger = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger')!;
	const goodUser = String((node.parameters.userId as { value?: unknown })?.value ?? '');
	const users = [MISSING_USER, goodUser];
	if (BAD_INDEX !== 0) users.reverse();

	cipp.onError = 'continueRegularOutput';
	cipp.parameters = { ...cipp.parameters, userId: { __rl: true, mode: 'upn', value: '={{ $json.user }}' } };
	cipp.position = [720, 0];
	const setNode: WorkflowNode = {
		name: 'Users',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		position: [240, 0],
		parameters: { mode: 'raw', jsonOutput: JSON.stringify({ users }), options: {} },
	};
	const splitNode: WorkflowNode = {
		name: 'One item per user',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [480, 0],
		parameters: { fieldToSplitOut: 'users', options: { destinationFieldName: 'user' } },
	};
	wf.nodes = [trigger, setNode, splitNode, cipp];
	const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });
	wf.connections = { [trigger.name]: link(setNode.name), [setNode.name]: link(splitNode.name), [splitNode.name]: link(cipp.name) };
	return renamed(wf, 'e2eContinueOnFail', 'reset password, one missing user, On Error: Continue');
}

export function buildVariants(examples: E2eWorkflow[]): Variant[] {
	const found = findResetPassword(examples);
	if (!found) return [];
	const { wf, node } = found;
	// Only the reset-password node, so the certificate result is about that one request.
	const single = (cred: { id: string; name: string }) => {
		const copy = withCredential(wf, cred);
		for (const n of cippNodes(copy)) if (n.name !== node.name) n.disabled = true;
		return copy;
	};
	return [
		{
			kind: 'strictCertificate',
			title: 'certificate: Ignore SSL Issues off fails closed',
			workflow: renamed(single(CREDENTIALS.strict), 'e2eCertStrictFails', 'self-signed certificate, Ignore SSL Issues off'),
		},
		{
			kind: 'insecureCertificate',
			title: 'certificate: Ignore SSL Issues on succeeds',
			workflow: renamed(single(CREDENTIALS.insecure), 'e2eCertInsecureOk', 'self-signed certificate, Ignore SSL Issues on'),
		},
		{
			kind: 'continueOnFail',
			title: 'On Error: Continue with a missing user',
			workflow: continueOnFailWorkflow(wf, node),
			badIndex: BAD_INDEX,
			badUser: MISSING_USER,
		},
	];
}
