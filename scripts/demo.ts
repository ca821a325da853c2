/**
 * `npm run demo`: the built package (dist/, loaded as n8n loads it) runs
 * examples/reset-password.workflow.json through n8n's workflow engine against a local CIPP
 * sandbox, and prints what the workflow produced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadBuiltPackage } from '../test/harness/builtPackage';
import { runWorkflow, type WorkflowJson } from '../test/harness/runWorkflow';
import { CippSandbox } from '../test/sandbox';
import { sandboxCredential } from '../test/support/workflows';

const root = join(__dirname, '..');

async function main() {
	const workflowFile = process.argv[2] ?? join(root, 'examples', 'reset-password.workflow.json');
	const workflow = JSON.parse(readFileSync(workflowFile, 'utf8')) as WorkflowJson;
	const sandbox = await CippSandbox.start();
	try {
		// Every example references the credential "CIPP sandbox" (test/workflow/examples.test.ts checks it).
		const credentials = sandboxCredential(sandbox);
		console.log(`CIPP sandbox: ${sandbox.url} (self-signed certificate, so the credential has "Ignore SSL Issues" on)`);
		console.log(`Workflow: ${workflow.name}\n`);
		const result = await runWorkflow(await loadBuiltPackage(), workflow, { credentials });
		for (const node of workflow.nodes) {
			const items = result.output(node.name);
			if (!node.type.startsWith('n8n-nodes-cipp-toolkit.')) continue;
			console.log(`${node.name}: ${items.length} item(s)`);
			for (const item of items) console.log(JSON.stringify(item.json, null, 2));
		}
		if (result.error) {
			console.log(`\nThe run stopped: ${result.error.message}`);
			if (result.error.description) console.log(result.error.description);
			process.exitCode = 1;
		}
	} finally {
		await sandbox.stop();
	}
}

void main();
