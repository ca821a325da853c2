/**
 * Runs the sandbox until SIGINT/SIGTERM:
 *   npx ts-node --transpile-only test/sandbox/cli.ts [--port N] [--token-lifetime S] [--latency MS]
 *       [--jitter MS] [--pwpush] [--cert-file PATH] [--no-log]
 *       [--synthetic-tenants N] [--synthetic-users M]
 *       [--tenant-limit N] [--tenant-limit-answer 429|throttle500]
 *       [--chaos-rate R] [--chaos-seed S] [--chaos-kinds 429,503,drop,hang,throttle500] [--chaos-hang MS]
 *       [--retry-after S]
 * Prints one line of JSON: {"url","tokenUrl","tenantId","clientId","clientSecret"}.
 * --cert-file writes the self-signed certificate (PEM), e.g. for NODE_EXTRA_CA_CERTS.
 * --retry-after sets the Retry-After of both the chaos and the tenant-limit 429 answers.
 * Stats for a parent process: GET <url>/__sandbox/stats, POST <url>/__sandbox/reset-stats.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CippSandbox } from './server';
import type { ChaosOptions, InjectedKind, TenantConcurrencyLimit } from './types';

const KINDS: InjectedKind[] = ['429', '503', 'drop', 'hang', 'throttle500'];

function numberOption(value: string | undefined, name: string): number | undefined {
	if (value === undefined) return undefined;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number`);
	return parsed;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
	if (!(allowed as readonly string[]).includes(value)) throw new Error(`--${name} must be one of ${allowed.join(', ')}`);
	return value as T;
}

type Values = Record<string, string | boolean | undefined>;
const text = (values: Values, name: string) => values[name] as string | undefined;

function tenantLimit(values: Values): TenantConcurrencyLimit | undefined {
	const limit = numberOption(text(values, 'tenant-limit'), 'tenant-limit');
	if (limit === undefined) return undefined;
	const answer = oneOf(text(values, 'tenant-limit-answer') ?? '429', ['429', 'throttle500'] as const, 'tenant-limit-answer');
	return { limit, answer, retryAfterSeconds: numberOption(text(values, 'retry-after'), 'retry-after') };
}

function chaos(values: Values): ChaosOptions | undefined {
	const rate = numberOption(text(values, 'chaos-rate'), 'chaos-rate');
	if (rate === undefined) return undefined;
	if (rate > 1) throw new Error('--chaos-rate must be between 0 and 1');
	return {
		rate,
		seed: numberOption(text(values, 'chaos-seed'), 'chaos-seed'),
		kinds: text(values, 'chaos-kinds')
			?.split(',')
			.map((kind) => oneOf(kind.trim(), KINDS, 'chaos-kinds')),
		hangMs: numberOption(text(values, 'chaos-hang'), 'chaos-hang'),
		retryAfterSeconds: numberOption(text(values, 'retry-after'), 'retry-after'),
	};
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
			'no-log': { type: 'boolean' },
			'synthetic-tenants': { type: 'string' },
			'synthetic-users': { type: 'string' },
			'tenant-limit': { type: 'string' },
			'tenant-limit-answer': { type: 'string' },
			'chaos-rate': { type: 'string' },
			'chaos-seed': { type: 'string' },
			'chaos-kinds': { type: 'string' },
			'chaos-hang': { type: 'string' },
			'retry-after': { type: 'string' },
		},
	});
	const sandbox = await CippSandbox.start({
		port: numberOption(values.port, 'port'),
		tokenLifetimeSeconds: numberOption(values['token-lifetime'], 'token-lifetime'),
		latencyMs: numberOption(values.latency, 'latency'),
		latencyJitterMs: numberOption(values.jitter, 'jitter'),
		pwPush: values.pwpush,
		logRequests: !values['no-log'],
		syntheticTenants: numberOption(values['synthetic-tenants'], 'synthetic-tenants'),
		syntheticUsersPerTenant: numberOption(values['synthetic-users'], 'synthetic-users'),
		tenantConcurrencyLimit: tenantLimit(values),
		chaos: chaos(values),
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
