/**
 * Counters for bulk runs (CippSandbox.stats): requests, password changes, injected failures and how
 * many /api requests were in flight at once, overall and per tenant.
 */
import type { InjectedKind, SandboxStats } from './types';

const NO_COUNTS = { requests: 0, tokenRequests: 0, resets: 0, completedAfterClientGone: 0 };
type Counter = keyof typeof NO_COUNTS;

const NO_INJECTIONS: Record<InjectedKind, number> = { '429': 0, '503': 0, drop: 0, hang: 0, throttle500: 0 };

export class StatsRecorder {
	private counters = { ...NO_COUNTS };
	private injections = { ...NO_INJECTIONS };
	private maxInFlight = 0;
	private maxPerTenant = new Map<string, number>();
	/** Live counts: not cleared by clear(), requests in flight stay in flight. */
	private inFlight = 0;
	private readonly inFlightPerTenant = new Map<string, number>();

	count(counter: Counter): void {
		this.counters[counter] += 1;
	}

	get(counter: Counter): number {
		return this.counters[counter];
	}

	injected(kind: InjectedKind): void {
		this.injections[kind] += 1;
	}

	/** An /api request arrived (tenantKey: its lower-case tenantFilter, if any). Returns the tenant's count in flight, itself included. */
	enter(tenantKey: string | undefined): number {
		this.inFlight += 1;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		if (tenantKey === undefined) return 0;
		const count = (this.inFlightPerTenant.get(tenantKey) ?? 0) + 1;
		this.inFlightPerTenant.set(tenantKey, count);
		this.maxPerTenant.set(tenantKey, Math.max(this.maxPerTenant.get(tenantKey) ?? 0, count));
		return count;
	}

	/** The request `enter` counted was answered (or dropped, or abandoned). */
	leave(tenantKey: string | undefined): void {
		this.inFlight -= 1;
		if (tenantKey === undefined) return;
		const left = (this.inFlightPerTenant.get(tenantKey) ?? 1) - 1;
		if (left > 0) this.inFlightPerTenant.set(tenantKey, left);
		else this.inFlightPerTenant.delete(tenantKey);
	}

	snapshot(): SandboxStats {
		return {
			...this.counters,
			injected: { ...this.injections },
			inFlight: this.inFlight,
			maxInFlight: this.maxInFlight,
			maxInFlightPerTenant: Object.fromEntries(this.maxPerTenant),
		};
	}

	clear(): void {
		this.counters = { ...NO_COUNTS };
		this.injections = { ...NO_INJECTIONS };
		this.maxInFlight = 0;
		this.maxPerTenant = new Map();
	}
}
