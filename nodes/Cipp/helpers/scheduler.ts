import { outcomeOf, type Outcome } from './outcome';

export interface ScheduleLimits {
	/** Most tasks in flight at once. */
	concurrency: number;
	/** Most tasks in flight at once for one key (a tenant). */
	perKey: number;
}

/**
 * Runs `work` for every task, at most `concurrency` at a time and at most `perKey` at a time for
 * tasks sharing a key, and returns the outcomes in task order. Keys take turns, so one busy
 * tenant cannot hold every slot while others wait.
 *
 * With `stopOnFailure`, no task starts after the first failure; tasks already running finish,
 * and tasks never started have no outcome.
 */
export async function runScheduled<T>(
	keys: string[],
	limits: ScheduleLimits,
	work: (index: number) => Promise<T>,
	stopOnFailure: boolean,
): Promise<Array<Outcome<T> | undefined>> {
	const outcomes: Array<Outcome<T> | undefined> = new Array(keys.length);
	const queues = new Map<string, number[]>();
	keys.forEach((key, index) => {
		const queue = queues.get(key);
		if (queue) queue.push(index);
		else queues.set(key, [index]);
	});
	const running = new Map<string, number>();
	// Keys in turn order; a key leaves when its queue is empty.
	const turn: string[] = [...queues.keys()];
	let inFlight = 0;
	let stopped = false;

	return await new Promise((resolve) => {
		const finishIfDone = () => {
			if (inFlight === 0 && (stopped || turn.length === 0)) resolve(outcomes);
		};

		const nextIndex = (): number | undefined => {
			for (let scanned = 0; scanned < turn.length; scanned++) {
				const key = turn.shift() as string;
				const queue = queues.get(key) as number[];
				if ((running.get(key) ?? 0) >= limits.perKey) {
					turn.push(key);
					continue;
				}
				const index = queue.shift() as number;
				if (queue.length > 0) turn.push(key);
				running.set(key, (running.get(key) ?? 0) + 1);
				return index;
			}
			return undefined;
		};

		const fill = () => {
			while (!stopped && inFlight < limits.concurrency) {
				const index = nextIndex();
				if (index === undefined) break;
				inFlight++;
				void outcomeOf(work(index)).then((outcome) => settle(index, outcome));
			}
			finishIfDone();
		};

		const settle = (index: number, outcome: Outcome<T>) => {
			outcomes[index] = outcome;
			inFlight--;
			running.set(keys[index], (running.get(keys[index]) ?? 1) - 1);
			if (!outcome.ok && stopOnFailure) stopped = true;
			fill();
		};

		fill();
	});
}
