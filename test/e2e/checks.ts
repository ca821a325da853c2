/**
 * Reading n8n's run JSON (IRun) and the checks shared by every workflow:
 * the run succeeded, and each CIPP node answered each input item with an
 * output item paired back to it and carrying no `error`.
 */
import { ExecuteResult, IRunLike, RunDataEntry } from './n8n';
import { cippNodes, Workflow, WorkflowNode } from './workflows';

export interface OutputItem {
	json: Record<string, unknown>;
	pairedItem?: unknown;
}

export function nodeRuns(run: IRunLike, nodeName: string): RunDataEntry[] {
	return run.data?.resultData?.runData?.[nodeName] ?? [];
}

/** Items on the node's first output, in its first run (what most checks want). */
export function outputItems(run: IRunLike, nodeName: string, output = 0, runIndex = 0): OutputItem[] {
	return (nodeRuns(run, nodeName)[runIndex]?.data?.main?.[output] ?? []) as OutputItem[];
}

/** How many items the node was given in that run, read from its source node's output. */
export function inputCount(run: IRunLike, nodeName: string, runIndex = 0): number | undefined {
	const source = nodeRuns(run, nodeName)[runIndex]?.source?.[0];
	if (!source) return undefined;
	const prev = nodeRuns(run, source.previousNode)[source.previousNodeRun ?? 0];
	return prev?.data?.main?.[source.previousNodeOutput ?? 0]?.length;
}

/** The input indexes an item is paired with ({item}, [{item}], or a bare number). */
export function pairedIndexes(item: OutputItem): number[] {
	const p = item.pairedItem;
	const list = Array.isArray(p) ? p : p === undefined || p === null ? [] : [p];
	return list.map((x) => (typeof x === 'number' ? x : (x as { item?: unknown })?.item)).filter((x): x is number => typeof x === 'number');
}

/** The run finished: exit code 0, parseable run JSON, no resultData.error. */
export function runSucceeded(r: ExecuteResult): string[] {
	if (r.timedOut) return [`n8n execute timed out after ${r.seconds.toFixed(0)}s`];
	const problems: string[] = [];
	if (r.crashedAfterSuccess) {
		// Judged by the run it printed; the crash is n8n's, after the run (see ExecuteResult).
	} else if (r.code !== 0) {
		const how = r.code === null ? `was killed by ${r.signal}` : `exited with code ${r.code}`;
		problems.push(`n8n execute ${how}: ${errorText(r)}`);
	}
	if (!problems.length && !r.run) problems.push('n8n execute printed no run JSON');
	const err = r.run?.data?.resultData?.error;
	if (err) problems.push(`resultData.error: ${String(err.message ?? JSON.stringify(err))}`);
	return problems;
}

/** The best one-paragraph description of why a run failed. */
export function errorText(r: ExecuteResult): string {
	const e = r.error ?? r.run?.data?.resultData?.error;
	if (e) {
		const parts = [e.message, e.description].filter((x) => typeof x === 'string' && x) as string[];
		if (parts.length) return parts.join(' | ');
	}
	const lines = r.output.split('\n').filter((l) => /error/i.test(l) && !l.startsWith('    at '));
	return (lines.slice(0, 5).join(' / ') || r.output.trim().split('\n').slice(-5).join(' / ')).slice(0, 1500);
}

/** "Get many" operations may answer an input item with any number of items, including none. */
export function isListOperation(node: WorkflowNode): boolean {
	return /^(getAll|getMany)/.test(String(node.parameters?.operation ?? ''));
}

/** The node's setting "On Error: Continue" (regular output or error output). */
export function continuesOnFail(node: WorkflowNode): boolean {
	return typeof node.onError === 'string' && node.onError.startsWith('continue');
}

/**
 * Generic checks for every CIPP node that ran: each output item is paired to
 * a real input item; it has no `error` field unless the node is set to
 * "On Error: Continue"; and, except for "get many" operations, each input
 * item gets exactly one output item.
 */
export function cippNodesAnswered(run: IRunLike, wf: Workflow): string[] {
	const problems: string[] = [];
	for (const node of cippNodes(wf)) {
		if (node.disabled) continue;
		const runs = nodeRuns(run, node.name);
		if (runs.length === 0) {
			problems.push(`node "${node.name}" did not run`);
			continue;
		}
		runs.forEach((entry, runIndex) => {
			const where = runs.length > 1 ? `"${node.name}" (run ${runIndex})` : `"${node.name}"`;
			if (entry.error) {
				problems.push(`${where} failed: ${String(entry.error.message ?? '')}`);
				return;
			}
			const items = outputItems(run, node.name, 0, runIndex);
			const inputs = inputCount(run, node.name, runIndex);
			const perInput = new Map<number, number>();
			items.forEach((item, i) => {
				const paired = pairedIndexes(item);
				if (paired.length === 0) problems.push(`${where} output item ${i} has no pairedItem`);
				for (const p of paired) {
					if (inputs !== undefined && (p < 0 || p >= inputs)) {
						problems.push(`${where} output item ${i} is paired to input ${p}, but there are ${inputs} inputs`);
					}
					perInput.set(p, (perInput.get(p) ?? 0) + 1);
				}
				if (item.json && 'error' in item.json && !continuesOnFail(node)) {
					problems.push(`${where} output item ${i} has an error: ${JSON.stringify(item.json.error)}`);
				}
			});
			if (inputs !== undefined && !isListOperation(node)) {
				for (let i = 0; i < inputs; i++) {
					const n = perInput.get(i) ?? 0;
					if (n !== 1) problems.push(`${where} answered input item ${i} with ${n} output items, expected 1`);
				}
			}
		});
	}
	return problems;
}
