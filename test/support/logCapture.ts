/**
 * Captures everything written as a log line: stdout, stderr and the console. Import it before
 * anything that loads n8n-core: n8n's logger binds `console.log` when it is created.
 */
export const logged: string[] = [];

// quietLogs.ts silences n8n's logger for every test file; the files that read the logs need them.
process.env.N8N_LOG_LEVEL = 'info';

const capture = (...[chunk]: unknown[]) => {
	logged.push(String(chunk));
	return true;
};
// n8n's logger (winston) writes to the console's own streams when it has them: Jest's console
// has stand-ins for process.stdout and process.stderr there.
const streams = console as unknown as Record<string, NodeJS.WritableStream | undefined>;
for (const stream of new Set([process.stdout, process.stderr, streams._stdout, streams._stderr])) {
	if (stream) jest.spyOn(stream, 'write').mockImplementation(capture);
}
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
	jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
		logged.push(args.map(String).join(' '));
	});
}
