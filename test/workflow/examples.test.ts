import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { runWorkflow, type WorkflowJson } from '../harness/runWorkflow';
import { CippSandbox } from '../sandbox';
import { cippPackage, NODE_TYPE } from '../support/cippPackage';
import { CREDENTIAL_ID, sandboxCredential } from '../support/workflows';

const folder = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(folder).filter((file) => file.endsWith('.workflow.json'));

let sandbox: CippSandbox;
beforeAll(async () => {
	sandbox = await CippSandbox.start();
});
afterAll(async () => sandbox.stop());

test('there are examples, and each uses the sandbox credential id the docs name', () => {
	expect(examples.length).toBeGreaterThanOrEqual(3);
	for (const file of examples) {
		const workflow = JSON.parse(readFileSync(join(folder, file), 'utf8')) as WorkflowJson;
		for (const node of workflow.nodes.filter((candidate) => candidate.type === NODE_TYPE)) {
			expect({ file, credential: node.credentials?.cippApi?.id }).toEqual({ file, credential: CREDENTIAL_ID });
		}
	}
});

test.each(examples)('%s runs through the engine against the sandbox', async (file) => {
	const workflow = JSON.parse(readFileSync(join(folder, file), 'utf8')) as WorkflowJson;
	const result = await runWorkflow(cippPackage, workflow, { credentials: sandboxCredential(sandbox) });
	expect(result.error).toBeUndefined();
	for (const node of workflow.nodes.filter((candidate) => candidate.type === NODE_TYPE)) {
		const items = result.output(node.name);
		expect({ node: node.name, ran: items.length > 0 }).toEqual({ node: node.name, ran: true });
		for (const item of items) expect(item.pairedItem).toEqual(expect.objectContaining({ item: expect.any(Number) }));
	}
});
