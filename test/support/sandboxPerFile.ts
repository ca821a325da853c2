import { CippSandbox } from '../sandbox';
import type { SandboxOptions } from '../sandbox';

/**
 * One sandbox for a test file: started before its tests, stopped after them, and before each test
 * its request log, statistics and injected faults cleared and `eachTest` settings applied (a test
 * that changes knobs does not leak them into the next).
 */
export function sandboxPerFile(eachTest: Partial<SandboxOptions> = {}, startWith: Partial<SandboxOptions> = {}): () => CippSandbox {
	let sandbox: CippSandbox | undefined;
	beforeAll(async () => {
		sandbox = await CippSandbox.start(startWith);
	});
	afterAll(async () => sandbox?.stop());
	beforeEach(() => {
		sandbox?.clearLog();
		sandbox?.clearFaults();
		sandbox?.resetStats();
		sandbox?.configure(eachTest);
	});
	return () => {
		if (!sandbox) throw new Error('the sandbox is only there inside tests');
		return sandbox;
	};
}
