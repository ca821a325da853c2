import { runWorkflow } from '../harness/runWorkflow';
import { cippPackage, NODE_TYPE } from '../support/cippPackage';
import { exampleEnvironment, exampleFiles, readExample, runExample } from '../support/examples';
import { sampleRun } from '../support/exampleSamples';
import { CREDENTIAL_ID, sandboxCredential } from '../support/workflows';

const examples = exampleFiles();
const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';

const environment = exampleEnvironment();

test('there are examples, and each uses the sandbox credential id the docs name', () => {
	expect(examples.length).toBeGreaterThanOrEqual(7);
	for (const file of examples) {
		const workflow = readExample(file);
		const cippNodes = workflow.nodes.filter((candidate) => candidate.type.startsWith(NODE_TYPE));
		expect({ file, cippNodes: cippNodes.length > 0 }).toEqual({ file, cippNodes: true });
		for (const node of cippNodes) {
			expect({ file, credential: node.credentials?.cippApi?.id }).toEqual({ file, credential: CREDENTIAL_ID });
		}
	}
});

test('every example a trigger other than the Manual Trigger starts has a sample input to run with', () => {
	for (const file of examples) {
		const workflow = readExample(file);
		if (workflow.nodes.some((node) => node.type === MANUAL_TRIGGER)) continue;
		expect({ file, sample: sampleRun(file, workflow) !== undefined }).toEqual({ file, sample: true });
	}
});

test.each(examples)('%s runs through the engine against the sandbox', async (file) => {
	const example = readExample(file);
	const sample = sampleRun(file, example);
	const result = sample
		? await runExample(sample.workflow, sample.trigger, environment)
		: await runWorkflow(cippPackage, example, { credentials: sandboxCredential(environment.sandbox) });
	expect(result.error).toBeUndefined();
	for (const node of example.nodes.filter((candidate) => candidate.type.startsWith(NODE_TYPE))) {
		const run = result.run.data.resultData.runData[node.name]?.[0];
		if (node.type === `${NODE_TYPE}Tool`) {
			// An AI tool runs inside the agent; n8n records its answer under ai_tool.
			expect({ node: node.name, answered: (run?.data?.ai_tool?.[0]?.length ?? 0) > 0 }).toEqual({ node: node.name, answered: true });
			continue;
		}
		const items = result.output(node.name);
		expect({ node: node.name, ran: items.length > 0 }).toEqual({ node: node.name, ran: true });
		for (const item of items) expect(item.pairedItem).toEqual(expect.objectContaining({ item: expect.any(Number) }));
	}
});
