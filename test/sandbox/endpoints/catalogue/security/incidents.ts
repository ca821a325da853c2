/** Defender incidents and alerts: Invoke-ExecIncidentsList, -ExecSetSecurityIncident, -ExecAlertsList, -ExecSetSecurityAlert, -ExecMDOAlertsList, -ExecSetMdoAlert. */
import { GRAPH_ERRORS, GraphError, normalizeGraphError } from '../../../graph';
import { coalesce, convertToBoolean, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { allTenantsCache, fromEveryTenant, isAllTenants, securityTenant } from './common';
import type { Incident, LegacyAlert } from './data';
import { tenantSecurity } from './data';

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** yyyyMMdd as [datetime]::ParseExact reads it; anything else throws (outside CIPP's try block: 500 text). */
function parseDay(value: string | undefined): Date | undefined {
	if (!value) return undefined;
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
	if (!match)
		throw new Error(`Exception calling "ParseExact" with "3" argument(s): "String '${value}' was not recognized as a valid DateTime."`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function incidentRow(tenant: string, incident: Incident) {
	return {
		Tenant: tenant,
		Id: incident.id,
		Status: incident.status,
		IncidentUrl: incident.incidentWebUrl,
		RedirectId: incident.redirectIncidentId,
		DisplayName: incident.displayName,
		Created: incident.createdDateTime,
		Updated: incident.lastUpdateDateTime,
		AssignedTo: incident.assignedTo,
		Classification: incident.classification,
		Determination: incident.determination,
		Severity: incident.severity,
		Tags: incident.tags.join(', '),
		Comments: incident.comments,
	};
}

/** The `{Results, Metadata}` of an AllTenants read while the cache is being filled. */
function loading(ctx: EndpointContext, reference: string) {
	const cache = allTenantsCache(ctx.state, reference);
	return cache.ready ? { queueId: cache.queueId } : { metadata: { QueueMessage: cache.message, QueueId: cache.queueId } };
}

const ExecIncidentsList: Endpoint = {
	name: 'ExecIncidentsList',
	role: 'Security.Incident.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const start = parseDay(ctx.fromQuery('StartDate'));
		const endDay = parseDay(ctx.fromQuery('EndDate'));
		const end = endDay && new Date(endDay.getTime() + 86_400_000);
		const inRange = (incident: Incident) => {
			const created = new Date(incident.createdDateTime);
			return (!start || created >= start) && (!end || created < end);
		};
		try {
			let rows: Array<ReturnType<typeof incidentRow>> = [];
			let metadata: Record<string, unknown> | null = null;
			if (!isAllTenants(tenantFilter)) {
				const tenant = securityTenant(ctx.state, tenantFilter);
				rows = tenantSecurity(ctx.state, tenant)
					.incidents.filter(inRange)
					.map((incident) => incidentRow(psString(tenantFilter), incident));
			} else {
				const cache = loading(ctx, 'AllTenants-Incident');
				metadata = cache.metadata ?? { QueueId: null };
				if (!cache.metadata) {
					rows = fromEveryTenant(ctx.state, (tenant) => tenantSecurity(ctx.state, securityTenant(ctx.state, tenant.customerId)).incidents)
						.filter(({ row }) => inRange(row))
						.map(({ tenant, row }) => incidentRow(tenant.defaultDomainName, row));
				}
			}
			rows.sort((a, b) => b.Id.localeCompare(a.Id));
			return { status: 200, body: { Results: rows, Metadata: metadata } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: normalizeGraphError(error.message) };
		}
	},
};

const ExecSetSecurityIncident: Endpoint = {
	name: 'ExecSetSecurityIncident',
	role: 'Security.Incident.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('GUID'));
		const status = ctx.fromBody('Status') as string | undefined;
		const severityField = ctx.fromBody('Severity');
		const severity =
			severityField && typeof severityField === 'object'
				? ((severityField as Record<string, unknown>).value as string | undefined)
				: undefined;
		const classification = ctx.fromBody('Classification') as string | undefined;
		const determination = ctx.fromBody('Determination') as string | undefined;
		const comment = ctx.fromBody('Comment') as string | undefined;
		const redirected = Number(ctx.fromBody('Redirected') ?? 0) || 0;
		// API clients carry no user in x-ms-client-principal, so AssignToSelf assigns nobody.
		convertToBoolean(ctx.fromBody('AssignToSelf'));
		if (redirected >= 1) {
			return { status: 200, body: { Results: `Refused to update incident ${id} because it is redirected to another incident` } };
		}
		try {
			const parts: string[] = [];
			const changes: Partial<Incident> = {};
			if (status != null) {
				changes.status = status;
				parts.push(`status to ${status}`);
			}
			if (severity != null) {
				changes.severity = severity;
				parts.push(`severity to ${severity}`);
			}
			if (classification != null) {
				if (determination == null) throw new GraphError('ScriptHalted');
				changes.classification = classification;
				changes.determination = determination;
				parts.push(`classification & determination to ${classification} ${determination}`);
			}
			if (comment != null) {
				changes.resolvingComment = comment;
				parts.push('resolving comment');
			}
			const tenant = securityTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const incident = tenantSecurity(ctx.state, tenant).incidents.find((candidate) => candidate.id === id);
			if (!incident) throw new GraphError(GRAPH_ERRORS.notFound(id));
			if (changes.status && !['active', 'inProgress', 'resolved', 'redirected', 'awaitingAction'].includes(changes.status)) {
				throw new GraphError(`Invalid value '${changes.status}' for property 'status'.`);
			}
			Object.assign(incident, changes, { lastUpdateDateTime: now() });
			if (comment != null) incident.comments.push({ comment, createdBy: 'CIPP', createdDateTime: now() });
			return { status: 200, body: { Results: `Set ${parts.join(', ')} for incident ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to update incident ${id} : ${normalizeGraphError(error.message)}` } };
		}
	},
};

function alertRow(tenant: string, alert: LegacyAlert) {
	return {
		Tenant: tenant,
		GUID: null,
		Id: alert.id,
		Title: alert.title,
		Category: alert.category,
		EventDateTime: alert.eventDateTime,
		Severity: alert.severity,
		Status: alert.status,
		RawResult: alert,
		InvolvedUsers: alert.userStates,
	};
}

function alertSummary(alerts: Array<ReturnType<typeof alertRow>>) {
	const open = alerts.filter((alert) => alert.Status === 'inProgress' || alert.Status === 'newAlert');
	const bySeverity = (severity: string) => open.filter((alert) => alert.Severity === severity).length;
	return {
		NewAlertsCount: alerts.filter((alert) => alert.Status === 'newAlert').length,
		InProgressAlertsCount: alerts.filter((alert) => alert.Status === 'inProgress').length,
		SeverityHighAlertsCount: bySeverity('high'),
		SeverityMediumAlertsCount: bySeverity('medium'),
		SeverityLowAlertsCount: bySeverity('low'),
		SeverityInformationalCount: bySeverity('informational'),
		MSResults: [...alerts].sort((a, b) => b.EventDateTime.localeCompare(a.EventDateTime)),
	};
}

const ExecAlertsList: Endpoint = {
	name: 'ExecAlertsList',
	role: 'Security.Alert.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		try {
			if (!isAllTenants(tenantFilter)) {
				const tenant = securityTenant(ctx.state, tenantFilter);
				const rows = tenantSecurity(ctx.state, tenant).alerts.map((alert) => alertRow(psString(tenantFilter), alert));
				return { status: 200, body: { Results: alertSummary(rows), Metadata: {} } };
			}
			const cache = loading(ctx, 'AllTenants-alert');
			if (cache.metadata) return { status: 200, body: { Results: null, Metadata: cache.metadata } };
			const rows = fromEveryTenant(
				ctx.state,
				(tenant) => tenantSecurity(ctx.state, securityTenant(ctx.state, tenant.customerId)).alerts,
			).map(({ tenant, row }) => alertRow(tenant.defaultDomainName, row));
			return { status: 200, body: { Results: alertSummary(rows), Metadata: { QueueId: null } } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: error.message };
		}
	},
};

const LEGACY_STATUSES = ['unknown', 'newAlert', 'inProgress', 'resolved'];

const ExecSetSecurityAlert: Endpoint = {
	name: 'ExecSetSecurityAlert',
	role: 'Security.Alert.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GUID'));
		const status = psString(ctx.fromQueryOrBody('Status'));
		const provider = psString(ctx.fromQueryOrBody('Provider'));
		const vendor = psString(ctx.fromQueryOrBody('Vendor'));
		try {
			const tenant = securityTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const alert = tenantSecurity(ctx.state, tenant).alerts.find((candidate) => candidate.id === id);
			if (!alert) throw new GraphError(GRAPH_ERRORS.notFound(id));
			if (!provider || !vendor) throw new GraphError("The 'vendorInformation' property requires 'provider' and 'vendor' values.");
			if (
				provider.toLowerCase() !== alert.vendorInformation.provider.toLowerCase() ||
				vendor.toLowerCase() !== alert.vendorInformation.vendor.toLowerCase()
			) {
				throw new GraphError(`No alert with id '${id}' was found for provider '${provider}' and vendor '${vendor}'.`);
			}
			if (!LEGACY_STATUSES.includes(status)) throw new GraphError(`Requested value '${status}' was not found.`);
			alert.status = status;
			alert.lastModifiedDateTime = now();
			return { status: 200, body: { Results: `Set alert ${id} to status ${status}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to update alert ${id}: ${normalizeGraphError(error.message)}` } };
		}
	},
};

const ExecMDOAlertsList: Endpoint = {
	name: 'ExecMDOAlertsList',
	role: 'Security.Alert.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		try {
			if (!isAllTenants(tenantFilter)) {
				const tenant = securityTenant(ctx.state, tenantFilter);
				return { status: 200, body: { Results: tenantSecurity(ctx.state, tenant).mdoAlerts, Metadata: null } };
			}
			const cache = loading(ctx, 'AllTenants-MdoAlert');
			if (cache.metadata) return { status: 200, body: { Results: [], Metadata: cache.metadata } };
			const rows = fromEveryTenant(
				ctx.state,
				(tenant) => tenantSecurity(ctx.state, securityTenant(ctx.state, tenant.customerId)).mdoAlerts,
			);
			return { status: 200, body: { Results: rows.map(({ row }) => row), Metadata: { QueueId: null } } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: normalizeGraphError(error.message) };
		}
	},
};

const ExecSetMdoAlert: Endpoint = {
	name: 'ExecSetMdoAlert',
	role: 'Security.Incident.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('GUID'));
		const status = ctx.fromQueryOrBody('Status') as string | undefined;
		// An API client's x-ms-client-principal names no user: without Assigned nobody is assigned.
		const assigned = coalesce(ctx.fromQueryOrBody('Assigned')) as string | undefined;
		const classification = ctx.fromQueryOrBody('Classification') as string | undefined;
		const determination = ctx.fromQueryOrBody('Determination') as string | undefined;
		let result = '';
		try {
			const changes: Record<string, unknown> = {};
			if (status != null) {
				changes.status = status;
				result += `Set status for incident ${id} to ${status}`;
			}
			if (classification != null) {
				if (determination == null) throw new GraphError('ScriptHalted');
				changes.classification = classification;
				changes.determination = determination;
				result += `Set classification & determination for incident ${id} to ${classification} ${determination}`;
			}
			if (assigned != null) {
				changes.assignedTo = assigned;
				if (status == null) result += `Set assigned for incident ${id} to ${assigned}`;
			}
			const tenant = securityTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const alert = tenantSecurity(ctx.state, tenant).mdoAlerts.find((candidate) => candidate.id === id);
			if (!alert) throw new GraphError(GRAPH_ERRORS.notFound(id));
			Object.assign(alert, changes, { lastUpdateDateTime: now() });
			return { status: 200, body: { Results: result } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to update incident ${id} : ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ExecIncidentsList,
	ExecSetSecurityIncident,
	ExecAlertsList,
	ExecSetSecurityAlert,
	ExecMDOAlertsList,
	ExecSetMdoAlert,
];
