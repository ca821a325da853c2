/**
 * Random, reproducible failures on /api requests (SandboxOptions.chaos): a seeded PRNG decides,
 * request by request in the order they reach the chaos step, whether and how each one fails.
 */
import type { ChaosOptions, InjectedKind } from './types';

const DEFAULT_KINDS: InjectedKind[] = ['429', '503', 'drop', 'throttle500'];

/** mulberry32: a tiny 32-bit PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class Chaos {
	readonly hangMs: number;
	readonly retryAfterSeconds: number;
	private readonly random: () => number;
	private readonly kinds: InjectedKind[];

	constructor(private readonly options: ChaosOptions) {
		this.random = mulberry32(options.seed ?? 1);
		this.kinds = options.kinds?.length ? options.kinds : DEFAULT_KINDS;
		this.hangMs = options.hangMs ?? 10_000;
		this.retryAfterSeconds = options.retryAfterSeconds ?? 1;
	}

	/** The failure for the next request, or undefined to let it through. */
	next(): InjectedKind | undefined {
		if (this.random() >= this.options.rate) return undefined;
		return this.kinds[Math.floor(this.random() * this.kinds.length)];
	}
}
