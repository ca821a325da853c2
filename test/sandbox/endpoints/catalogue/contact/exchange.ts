/**
 * What the contact, room and compliance sandboxes share: the Exchange Online tenant CIPP's
 * New-ExoRequest reaches, and CIPP's templates table (one partition per template kind).
 */
import { perSandbox } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import type { HttpResult } from '../../../http';
import { psString } from '../../../powershell';
import type { EndpointContext } from '../../endpoint';

/** New-ExoRequest: the tenant must be in CIPP's list and CIPP's GDAP access must include Exchange Administrator. */
export function exoTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, { authCheck: true });
	if (!tenant.gdapRoles.some((role) => role === 'Exchange Administrator' || role === 'Global Administrator')) {
		throw new GraphError("The role assigned to application isn't supported in this scenario.");
	}
	return tenant;
}

/** Exchange's answer for an identity it cannot find. */
export function notFound(identity: string): GraphError {
	return new GraphError(
		`The operation couldn't be performed because object '${identity}' couldn't be found on 'CY4PR04A008DC10.NAMPR04A008.PROD.OUTLOOK.COM'.`,
	);
}

/** One row of CIPP's templates table: RowKey (the GUID) and the template's JSON. */
export interface TemplateRow {
	RowKey: string;
	JSON: Record<string, unknown>;
}

const tables = perSandbox((): Map<string, TemplateRow[]> => new Map());

/** The rows of one partition of CIPP's templates table, seeded on first use. */
export function templateRows(state: SandboxState, partition: string, seed: () => TemplateRow[] = () => []): TemplateRow[] {
	const table = tables(state);
	let rows = table.get(partition);
	if (!rows) {
		rows = seed();
		table.set(partition, rows);
	}
	return rows;
}

/** A template as CIPP's list endpoints answer it: its JSON with the GUID added. */
export function templateRecord(row: TemplateRow): Record<string, unknown> {
	return { ...row.JSON, GUID: row.RowKey };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Remove<Kind>Template endpoints: ConvertTo-CIPPODataFilterValue -Type Guid throws on a value that
 * is not a GUID, and Remove-CIPPAzDataTableEntity throws on the $null row of an unknown one. `failed`
 * words the failure as that endpoint does.
 */
export function removeTemplate(ctx: EndpointContext, partition: string, id: unknown): { found: boolean; error?: string } {
	const text = psString(id);
	if (!GUID.test(text)) return { found: false, error: `Cannot convert value "${text}" to type "System.Guid".` };
	const rows = templateRows(ctx.state, partition);
	const index = rows.findIndex((row) => row.RowKey.toLowerCase() === text.toLowerCase());
	if (index < 0) return { found: false, error: "Cannot bind argument to parameter 'Entity' because it is null." };
	rows.splice(index, 1);
	return { found: true };
}

/** Runs an Exchange call; a failure (GraphError) becomes CIPP's answer from `onError` with the normalized text. */
export function exoAnswer(work: () => HttpResult, onError: (message: string) => HttpResult): HttpResult {
	try {
		return work();
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return onError(normalizeGraphError(error.message));
	}
}
