/** Which alerts start the workflow: every filter left empty lets everything through. */
import type { CippAlert } from './alerts/types';

export interface AlertFilters {
	alertTypes: string[];
	/** Default domains or tenant IDs, lower case. */
	tenants: string[];
	severities: string[];
	/** Audit-log operations, lower case. */
	operations: string[];
}

/** A comma- or newline-separated list as typed in a text field, lower-cased, blanks dropped. */
export const listOf = (value: unknown): string[] =>
	String(value ?? '')
		.split(/[,;\n]/)
		.map((entry) => entry.trim().toLowerCase())
		.filter(Boolean);

export function filtersFrom(options: {
	alertTypes?: unknown;
	tenants?: unknown;
	severities?: unknown;
	operations?: unknown;
}): AlertFilters {
	const lower = (value: unknown) => (Array.isArray(value) ? value.map((entry) => String(entry).toLowerCase()) : []);
	return {
		alertTypes: Array.isArray(options.alertTypes) ? options.alertTypes.map(String) : [],
		tenants: listOf(options.tenants),
		severities: lower(options.severities),
		operations: listOf(options.operations),
	};
}

/**
 * Whether an alert starts the workflow. Severities only sort alerts that carry one (logbook rows,
 * custom tests) and operations only audit-log alerts: an audit alert has no severity, a logbook
 * row no operation. An alert that names no tenant (CIPP's own logbook rows, the standards
 * notice) never matches a tenant filter.
 */
export function passes(alert: CippAlert, filters: AlertFilters): boolean {
	if (filters.alertTypes.length && !filters.alertTypes.includes(alert.alertType)) return false;
	if (filters.tenants.length) {
		const names = [alert.tenant, alert.tenantId].filter(Boolean).map((name) => name.toLowerCase());
		if (!names.some((name) => filters.tenants.includes(name))) return false;
	}
	if (filters.severities.length && alert.severity && !filters.severities.includes(alert.severity.toLowerCase())) return false;
	if (filters.operations.length && alert.alertType === 'auditLog' && !filters.operations.includes((alert.operation ?? '').toLowerCase())) {
		return false;
	}
	return true;
}
