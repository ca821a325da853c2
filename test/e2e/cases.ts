/**
 * One function per kind of check: run a workflow with `n8n execute` and turn
 * the outcome into a pass (a short note) or a failure (a thrown Error whose
 * message lists every problem found).
 */
import { cippNodesAnswered, errorText, outputItems, pairedIndexes, runSucceeded } from './checks';
import { EXPECTATIONS } from './expectations';
import { ExecuteResult, N8n } from './n8n';
import { mask } from './report';
import { cippNodes, Workflow } from './workflows';

function fail(problems: string[], r?: ExecuteResult): never {
	const tailText = r && process.env.CIPP_E2E_VERBOSE === '1' ? `\n--- n8n output ---\n${r.output.slice(-4000)}` : '';
	throw new Error(mask(problems.join('\n') + tailText));
}

function counts(r: ExecuteResult, wf: Workflow): string {
	if (!r.run) return '';
	const parts = cippNodes(wf).map((n) => `${n.name}: ${outputItems(r.run!, n.name).length} item(s)`);
	const crash = r.crashedAfterSuccess ? ' [n8n segfaulted on exit after a successful run; judged by its output]' : '';
	return `${r.seconds.toFixed(1)}s${parts.length ? `; ${parts.join(', ')}` : ''}${crash}`;
}

/** The workflow runs without error; with `cipp`, also the generic CIPP node checks. */
export async function checkSucceeded(n8n: N8n, wf: Workflow, cipp = false): Promise<string> {
	const r = await n8n.execute(wf.id);
	const problems = runSucceeded(r);
	if (problems.length === 0 && cipp) problems.push(...cippNodesAnswered(r.run!, wf));
	if (problems.length) fail(problems, r);
	return counts(r, wf);
}

/** An example: it succeeds, passes the generic checks, and its own expectations in expectations.ts. */
export async function checkExample(n8n: N8n, wf: Workflow): Promise<string> {
	const r = await n8n.execute(wf.id);
	const problems = runSucceeded(r);
	const expectation = EXPECTATIONS[wf.id];
	if (problems.length === 0) {
		problems.push(...cippNodesAnswered(r.run!, wf));
		if (expectation) problems.push(...expectation.check(r.run!, wf));
	}
	if (problems.length) fail(problems, r);
	return `${counts(r, wf)}${expectation ? '' : ' (no specific expectations: generic checks only)'}`;
}

/**
 * A credential with "Ignore SSL Issues" off, against the sandbox's self-signed
 * certificate: the run must fail (fail closed), and say how to fix it.
 */
export async function checkStrictCertificate(n8n: N8n, wf: Workflow): Promise<string> {
	const r = await n8n.execute(wf.id);
	const problems: string[] = [];
	if (r.timedOut) problems.push('n8n execute timed out');
	else if (r.code === 0 || r.crashedAfterSuccess) {
		problems.push('the run succeeded although the certificate is self-signed and not trusted');
	}
	const text = `${errorText(r)}\n${r.output}`;
	if (!text.includes('Ignore SSL Issues')) {
		problems.push(`the error does not mention "Ignore SSL Issues": ${errorText(r)}`);
	}
	// Nothing may have reached the API: no CIPP node output.
	if (r.run) {
		for (const node of cippNodes(wf)) {
			if (outputItems(r.run, node.name).length) problems.push(`"${node.name}" produced output despite the TLS failure`);
		}
	}
	if (problems.length) fail(problems, r);
	return `failed closed: ${errorText(r).slice(0, 200)}`;
}

/**
 * "On Error: Continue" with one good and one bad input item: two output items,
 * the bad one with an `error` field, each paired to its own input.
 */
export async function checkContinueOnFail(n8n: N8n, wf: Workflow, badIndex: number, badUser: string): Promise<string> {
	const r = await n8n.execute(wf.id);
	const problems = runSucceeded(r);
	if (problems.length) fail(problems, r);
	const node = cippNodes(wf).find((n) => n.onError === 'continueRegularOutput');
	if (!node) fail(['the variant has no CIPP node with onError=continueRegularOutput']);
	const items = outputItems(r.run!, node.name);
	if (items.length !== 2) problems.push(`expected 2 output items, got ${items.length}`);
	items.forEach((item, i) => {
		const paired = pairedIndexes(item);
		if (paired.length !== 1 || paired[0] !== i) {
			problems.push(`output item ${i} is paired to ${JSON.stringify(item.pairedItem)}, expected input ${i}`);
		}
		const hasError = item.json && 'error' in item.json;
		if (i === badIndex && !hasError) problems.push(`output item ${i} (the bad input) has no "error" field`);
		if (i === badIndex && hasError) {
			// The error must say why, as CIPP did (the user does not exist), not just "HTTP 500".
			const why = `${String(item.json.error)} ${String(item.json.description ?? '')}`;
			if (!why.includes(badUser) && !/does not exist|no such user/i.test(why)) {
				problems.push(
					`output item ${i} (the bad input) does not say why it failed: error=${JSON.stringify(item.json.error)}, ` +
						`description=${JSON.stringify(item.json.description)} (expected CIPP's reason: "${badUser}" does not exist)`,
				);
			}
		}
		if (i !== badIndex && hasError) problems.push(`output item ${i} (the good input) has an error: ${JSON.stringify(item.json.error)}`);
	});
	if (problems.length) fail(problems, r);
	const bad = items[badIndex]?.json?.error;
	const crash = r.crashedAfterSuccess ? ' [n8n segfaulted on exit after a successful run]' : '';
	return `good item ok, bad item error: ${String(typeof bad === 'string' ? bad : JSON.stringify(bad)).slice(0, 150)}${crash}`;
}
