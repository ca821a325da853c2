/**
 * Runs the sandbox until SIGINT/SIGTERM:
 *   npx ts-node --transpile-only test/sandbox/cli.ts [--port N] [--token-lifetime S] [--latency MS]
 *                                                    [--jitter MS] [--pwpush] [--cert-file PATH]
 * Prints one line of JSON: {"url","tokenUrl","tenantId","clientId","clientSecret"}.
 * --cert-file writes the self-signed certificate (PEM), e.g. for NODE_EXTRA_CA_CERTS.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CippSandbox } from './server';

function numberOption(value: string | undefined, name: string): number | undefined {
	if (value === undefined) return undefined;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number`);
	return parsed;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string' },
			'token-lifetime': { type: 'string' },
			latency: { type: 'string' },
			jitter: { type: 'string' },
			pwpush: { type: 'boolean' },
			'cert-file': { type: 'string' },
		},
	});
	const sandbox = await CippSandbox.start({
		port: numberOption(values.port, 'port'),
		tokenLifetimeSeconds: numberOption(values['token-lifetime'], 'token-lifetime'),
		latencyMs: numberOption(values.latency, 'latency'),
		latencyJitterMs: numberOption(values.jitter, 'jitter'),
		pwPush: values.pwpush,
	});
	if (values['cert-file']) writeFileSync(values['cert-file'], sandbox.certificatePem);

	const { url, tenantId, clientId, clientSecret } = sandbox;
	process.stdout.write(`${JSON.stringify({ url, tokenUrl: sandbox.tokenUrl(), tenantId, clientId, clientSecret })}\n`);

	const shutdown = () => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
	process.stderr.write(`cipp sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
