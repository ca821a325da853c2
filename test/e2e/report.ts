/**
 * Output for humans: secret masking and the per-version summary.
 * Everything the e2e tooling prints about a command's output goes through mask().
 */

const secrets = new Set<string>();

/** Register a value that must never be printed (client secret, tokens...). */
export function addSecret(value: string | undefined): void {
	if (value && value.length >= 4) secrets.add(value);
}

const TOKEN_PATTERNS: RegExp[] = [
	/(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
	/("?(?:access_token|accessToken|refresh_token|id_token|client_secret|clientSecret|apiKey)"?\s*[:=]\s*"?)[^"\s,&}]{4,}/gi,
	/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, // JWTs
];

export function mask(text: string): string {
	let out = text;
	for (const s of secrets) out = out.split(s).join('***');
	for (const re of TOKEN_PATTERNS) {
		out = out.replace(re, (m, keep?: string) => (typeof keep === 'string' ? `${keep}***` : '***'));
	}
	return out;
}

export function info(msg: string): void {
	console.log(mask(msg));
}

export interface CheckResult {
	group: string;
	name: string;
	ok: boolean;
	seconds: number;
	/** Short reason on failure, or a note on success. */
	detail?: string;
}

export class Summary {
	readonly results: CheckResult[] = [];

	add(r: CheckResult): CheckResult {
		this.results.push(r);
		const mark = r.ok ? 'PASS' : 'FAIL';
		info(`  ${mark}  ${r.name} (${r.seconds.toFixed(1)}s)${r.detail ? ` - ${firstLine(r.detail)}` : ''}`);
		if (!r.ok && r.detail && firstLine(r.detail) !== r.detail) info(indent(r.detail, '        '));
		return r;
	}

	/** Time a check; a thrown error counts as a failure with its message as detail. */
	async check(group: string, name: string, fn: () => Promise<string | void>): Promise<boolean> {
		const started = Date.now();
		try {
			const note = await fn();
			this.add({ group, name, ok: true, seconds: (Date.now() - started) / 1000, detail: note || undefined });
			return true;
		} catch (e) {
			const detail = (e as Error).message ?? String(e);
			this.add({ group, name, ok: false, seconds: (Date.now() - started) / 1000, detail });
			return false;
		}
	}

	get failed(): number {
		return this.results.filter((r) => !r.ok).length;
	}

	print(): void {
		const groups = [...new Set(this.results.map((r) => r.group))];
		info('\n================ e2e summary ================');
		for (const g of groups) {
			const rs = this.results.filter((r) => r.group === g);
			const bad = rs.filter((r) => !r.ok).length;
			info(`${g}: ${rs.length - bad}/${rs.length} passed`);
			for (const r of rs) {
				info(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ok ? '' : ` - ${firstLine(r.detail ?? '')}`}`);
			}
		}
		const total = this.results.length;
		info(`\n${total - this.failed}/${total} checks passed${this.failed ? ` - ${this.failed} FAILED` : ''}`);
	}
}

function firstLine(s: string): string {
	const line = s.split('\n')[0];
	return line.length > 300 ? `${line.slice(0, 300)}...` : line;
}

export function indent(s: string, pad: string): string {
	return s
		.split('\n')
		.map((l) => pad + l)
		.join('\n');
}
