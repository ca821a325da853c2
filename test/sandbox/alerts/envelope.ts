/** New-CIPPStandardizedWebhookSchema (cipp-alerts.md §4) and the %variable% substitution (§2.4). */
import { findTenant, PARTNER_TENANT_ID } from '../fixtures';
import type { SandboxState } from '../fixtures';

/** .NET's round-trip format: seven fractional digits and Z. */
export const roundTrip = (at: Date): string => at.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');

/** The payload as the envelope normalises it: always a list. */
function payloadOf(body: unknown): unknown[] {
	if (body === null || body === undefined) return [{}];
	if (typeof body === 'string') {
		try {
			return payloadOf(JSON.parse(body) as unknown);
		} catch {
			return [{ message: body }];
		}
	}
	return Array.isArray(body) ? body : [body];
}

export function envelope(
	body: unknown,
	details: { source: string; invoking: string | null; title: string; tenant: string },
): Record<string, unknown> {
	const payload = payloadOf(body);
	const first = payload[0] as Record<string, unknown> | undefined;
	const apis = payload.map((row) => (row as Record<string, unknown>)?.API).filter((api) => typeof api === 'string');
	return {
		schemaVersion: '1.0',
		source: details.source,
		invoking: details.invoking ?? (first && 'API' in first ? [...new Set(apis)].join(', ') : null),
		title: details.title,
		tenant: details.tenant,
		generatedAt: roundTrip(new Date()),
		alertCount: payload.length,
		payload,
	};
}

const escapeJson = (value: string): string => JSON.stringify(value).slice(1, -1);

/**
 * Get-CIPPTextReplacement -EscapeForJson over the whole JSON text: global variables, then the
 * tenant's built-ins (empty for AllTenants, which matches no tenant). Skipped without a tenant.
 */
export function substitute(json: string, tenantFilter: string, state: SandboxState, variables: Record<string, string>): string {
	if (!tenantFilter) return json;
	const tenant = findTenant(tenantFilter, state);
	const builtIns: Record<string, string> = {
		tenantid: tenant?.customerId ?? '',
		organizationid: tenant?.customerId ?? '',
		tenantfilter: tenant ? tenantFilter : '',
		defaultdomain: tenant?.defaultDomainName ?? '',
		initialdomain: tenant?.domains.find((domain) => domain.endsWith('.onmicrosoft.com')) ?? '',
		tenantname: tenant?.displayName ?? '',
		partnertenantid: PARTNER_TENANT_ID,
	};
	let text = json;
	for (const [name, value] of [...Object.entries(variables), ...Object.entries(builtIns)]) {
		text = text.replace(new RegExp(`%${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}%`, 'gi'), escapeJson(value));
	}
	return text;
}
