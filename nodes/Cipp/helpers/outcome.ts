/** A settled promise as a value: failures travel as data until one place turns them into node errors. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function outcomeOf<T>(promise: Promise<T>): Promise<Outcome<T>> {
	return await promise.then(
		(value): Outcome<T> => ({ ok: true, value }),
		(error: unknown): Outcome<T> => ({ ok: false, error }),
	);
}
