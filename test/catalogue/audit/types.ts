/**
 * What was learnt about one operation by reading CIPP-API's PowerShell, not only its OpenAPI
 * (issue "Every operation does what CIPP really does"). Keyed by `<resource>:<operation value>`,
 * the values saved workflows store. A new operation is not complete without its record.
 */
export interface AuditRecord {
	/** CIPP-API file read, relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/` (helpers: `CIPPCore/Public/...`). */
	source: string;
	/** Which request fields CIPP reads and where (query or body), in CIPP's exact case, with their shapes (e.g. `.value`). */
	reads: string;
	/** Which fields CIPP overwrites or clears when the request leaves them out ('none' when nothing is). */
	clears: string;
	/** How CIPP reports a refusal or failure: HTTP status, `state`, the text, and HTTP-200 refusals without `state`. */
	failure: string;
	/** What CIPP queues, does later, or skips silently ('none' when it does everything before answering). */
	async: string;
	/**
	 * CIPP's own words for an HTTP-200 answer in which it did nothing that the generic test misses
	 * (regular-expression sources). The operation's `refusals` must catch each of them.
	 */
	refusals: string[];
	/** For reads: how the answer is shaped and how the node reads it. */
	output?: string;
	/**
	 * ok: the node matched CIPP when audited; fixed: it did not and now does; settled: CIPP
	 * surprises the user and the node now prevents it, reads the current state first, or says so
	 * in the editor and README. `bug` and `doubtful` are open findings and fail the audit test.
	 */
	verdict: 'ok' | 'fixed' | 'settled' | 'bug' | 'doubtful';
	/** For fixed/settled (and open findings): what was wrong and what the node now does. */
	note?: string;
}
