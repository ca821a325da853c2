/**
 * Read-only CIPP endpoints answered from the contract instead of a model of their own (issue
 * "The whole CIPP API": reads may be answered generically). The request is checked as CIPP
 * checks it (the role and tenant scope by the server, from the contract; the tenant here, the
 * way Get-CIPPAuthorisedRequest does), and the answer has the shape of the endpoint's family,
 * with rows that follow from the endpoint and tenant, so every run sees the same records.
 *
 * A read whose answer another operation changes (a rule created, then listed) is not generic: it
 * is modelled beside its writes.
 */
import contractFile from '../../contract/cipp-contract.json';
import { stableGuid } from '../directory';
import type { SandboxTenant } from '../fixtures';
import { GraphError, graphTenant } from '../graph';
import type { Endpoint, EndpointContext } from './endpoint';

interface MethodContract {
	query: Record<string, string>;
	body: Record<string, string>;
	role: string;
	anyTenant: boolean;
}

const contract = contractFile.endpoints as Record<string, Record<string, MethodContract>>;

/**
 * How CIPP shapes the answers of a family of list endpoints:
 * - `graph`: a Graph collection, as a bare array of `{id, displayName, createdDateTime, ...}`;
 * - `exchange`: an Exchange cmdlet's output, a bare array of `{Identity, Name, Guid, WhenCreated, ...}`;
 * - `template`: CIPP's template table, a bare array of `{GUID, name, ...}` (not kept per tenant);
 * - `table`: CIPP's own table rows, a bare array of `{PartitionKey, RowKey, ...}`;
 * - `results`: `{Results: [...]}` (newer endpoints and cached reports);
 * - `object`: one object (`{id, displayName, ...}`), e.g. a settings or details read.
 */
export type ReadFamily = 'graph' | 'exchange' | 'template' | 'table' | 'results' | 'object';

export interface GenericReadOptions {
	/** Rows in the answer (default 2). */
	rows?: number;
	/** Extra fields of row `index` (merged over the family's own), e.g. a state the operation reads. */
	fields?: (index: number, tenant: SandboxTenant | undefined) => Record<string, unknown>;
}

function baseRow(family: ReadFamily, endpoint: string, tenant: SandboxTenant | undefined, index: number): Record<string, unknown> {
	const seed = `${endpoint}/${tenant?.customerId ?? 'cipp'}/${index}`;
	const id = stableGuid(seed);
	const noun = endpoint.replace(/^(List|Get|Exec)/, '');
	const name = `${noun} ${index + 1}`;
	const created = `2026-0${(index % 9) + 1}-1${index % 10}T09:00:00Z`;
	const tenantField = tenant ? { Tenant: tenant.defaultDomainName } : {};
	switch (family) {
		case 'exchange':
			return { Identity: name, Name: name, Guid: id, WhenCreated: created, WhenChanged: created, ...tenantField };
		case 'template':
			return { GUID: id, name, displayName: name, description: `Sandbox ${noun} template` };
		case 'table':
			return { PartitionKey: noun, RowKey: id, Name: name, Timestamp: created, ...tenantField };
		default:
			return { id, displayName: name, createdDateTime: created, ...tenantField };
	}
}

function readsTenant(endpoint: string): { reads: boolean; anyTenant: boolean } {
	const methods = Object.values(contract[endpoint] ?? {});
	return {
		reads: methods.some((method) => Object.keys({ ...method.query, ...method.body }).some((name) => name.toLowerCase() === 'tenantfilter')),
		anyTenant: methods.some((method) => method.anyTenant),
	};
}

/** A read endpoint of CIPP answered generically; its role and tenant scope come from the contract. */
export function genericRead(name: string, family: ReadFamily, options: GenericReadOptions = {}): Endpoint {
	const methods = Object.values(contract[name] ?? {});
	if (methods.length === 0) throw new Error(`${name} is not in CIPP's contract`);
	const { reads, anyTenant } = readsTenant(name);
	return {
		name,
		role: methods[0].role,
		anyTenant,
		handle: (ctx: EndpointContext) => {
			let tenants: Array<SandboxTenant | undefined> = [undefined];
			const tenantFilter = String(ctx.fromQueryOrBody('tenantFilter') ?? '');
			if (reads && family !== 'template' && tenantFilter.toLowerCase() === 'alltenants') {
				tenants = ctx.state.tenants.filter((tenant) => !tenant.isPartner);
			} else if (reads && family !== 'template') {
				try {
					tenants = [graphTenant(ctx.state, tenantFilter, { authCheck: true })];
				} catch (error) {
					if (error instanceof GraphError) return { status: 403, body: { Results: `Failed to retrieve ${name}: ${error.message}` } };
					throw error;
				}
			}
			const perTenant = family === 'object' ? 1 : (options.rows ?? 2);
			const rows = tenants.flatMap((tenant) =>
				Array.from({ length: perTenant }, (_, index) => ({ ...baseRow(family, name, tenant, index), ...options.fields?.(index, tenant) })),
			);
			if (family === 'object') return { status: 200, body: rows[0] };
			return { status: 200, body: family === 'results' ? { Results: rows } : rows };
		},
	};
}
