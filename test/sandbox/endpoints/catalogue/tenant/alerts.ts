/** Audit-log alert rules (AddAlert, ListAlertsQueue) and the records they caught (ListAuditLogs). */
import { perSandbox, stableGuid } from '../../../directory';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { psList, psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { SandboxState } from '../../../fixtures';
import type { Endpoint } from '../../endpoint';
import { adminState } from '../administration/state';

type LabelValue = { label?: string; value?: string };

/** A row of table AuditLogs: one per audit record an alert rule caught (Data null while it is processed). */
export interface AuditLogRow {
	LogId: string;
	Tenant: string;
	Title: string;
	/** Table Timestamp (ms): when CIPP wrote the row, which RelativeTime and StartDate filter on. */
	written: number;
	Data: Record<string, unknown> | null;
}

interface AlertRule {
	RowKey: string;
	Tenants: LabelValue[];
	excludedTenants: LabelValue[];
	Conditions: Array<{ Property: LabelValue; Operator: LabelValue; Input: LabelValue }>;
	Actions: LabelValue[];
	type: string;
	AlertComment: string;
	CustomSubject: string;
}

const alerts = perSandbox((state): { rules: AlertRule[]; auditLogs: AuditLogRow[] } => {
	const customers = cippTenants(state).filter((tenant) => !tenant.isPartner);
	const rules: AlertRule[] = [
		{
			RowKey: stableGuid('alert/inbox-rule'),
			Tenants: [{ label: '*All Tenants', value: 'AllTenants' }],
			excludedTenants: [],
			Conditions: [
				{
					Property: { label: 'Operation', value: 'String' },
					Operator: { label: 'Equals to', value: 'eq' },
					Input: { value: 'New-InboxRule' },
				},
			],
			Actions: [{ label: 'Send an email', value: 'generatemail' }],
			type: 'Audit.Exchange',
			AlertComment: 'Review new inbox rules',
			CustomSubject: '',
		},
	];
	// Rows written when alerts were processed an hour or two ago; `written` is the table Timestamp.
	const auditLogs: AuditLogRow[] = customers.slice(0, 2).map((tenant, index) => {
		const at = new Date(Date.now() - (index + 1) * 3600_000);
		const user = `admin@${tenant.defaultDomainName}`;
		return {
			LogId: stableGuid(`auditlog/${tenant.customerId}`),
			Tenant: tenant.defaultDomainName,
			Title: `${tenant.defaultDomainName} - New Rule Detected for ${user}`,
			written: at.getTime(),
			Data: {
				Title: `${tenant.defaultDomainName} - New Rule Detected for ${user}`,
				ActionUrl: null,
				ActionText: null,
				RawData: {
					CreationTime: at.toISOString().replace(/\.\d+Z$/, ''),
					Id: stableGuid(`auditlog/${tenant.customerId}`),
					Operation: 'New-InboxRule',
					UserId: user,
					OrganizationId: tenant.customerId,
				},
				IP: null,
				PotentialLocationInfo: null,
				ActionsTaken: null,
				AuditRecord: {},
				AlertComment: '',
			},
		};
	});
	return { rules, auditLogs };
});

/**
 * Start-AuditLogSearchCreationV2 (:58-59): whether a stored rule watches a tenant. CIPP compares
 * the rule's tenant and exclusion values with the tenant's default domain only (`-contains` is
 * case-insensitive), so a rule stored with a tenant ID never covers, nor excludes, that tenant.
 */
export function alertRuleCovers(rule: { tenantFilter?: unknown; excludedTenants?: unknown }, defaultDomain: string): boolean {
	const values = (list: unknown) => psList(list).map((entry) => psString(getIgnoreCase(entry, 'value') ?? entry).toLowerCase());
	const domain = defaultDomain.toLowerCase();
	if (values(rule.excludedTenants).includes(domain)) return false;
	const tenants = values(rule.tenantFilter);
	return tenants.includes(domain) || tenants.includes('alltenants');
}

const OPERATORS = ['eq', 'ne', 'like', 'notlike', 'match', 'notmatch', 'gt', 'lt', 'ge', 'le', 'in', 'notin', 'contains', 'notcontains'];

/** Invoke-AddAlert: operators and property names are checked (400 {error}); the rule is stored as given. */
const AddAlert: Endpoint = {
	name: 'AddAlert',
	role: 'CIPP.Alert.ReadWrite',
	handle(ctx) {
		const conditions = psList(ctx.fromBody('conditions'));
		for (const condition of conditions) {
			const operator = psString(getIgnoreCase(getIgnoreCase(condition, 'Operator'), 'value'));
			if (operator && !OPERATORS.includes(operator.toLowerCase())) return { status: 400, body: { error: `Invalid operator: ${operator}` } };
			const property = psString(getIgnoreCase(getIgnoreCase(condition, 'Property'), 'label'));
			if (property && !/^[a-zA-Z0-9_.]+$/.test(property)) return { status: 400, body: { error: `Invalid property name: ${property}` } };
		}
		const tenants = psList(ctx.fromBody('tenantFilter')) as LabelValue[];
		const rowKey = psString(ctx.fromBody('RowKey')) || stableGuid(`alert/${Date.now()}/${Math.random()}`);
		const { rules } = alerts(ctx.state);
		const rule: AlertRule = {
			RowKey: rowKey,
			Tenants: tenants,
			excludedTenants: psList(ctx.fromBody('excludedTenants')) as LabelValue[],
			Conditions: conditions as AlertRule['Conditions'],
			Actions: psList(ctx.fromBody('actions')) as LabelValue[],
			type: psString(getIgnoreCase(ctx.fromBody('logbook'), 'value')),
			AlertComment: psString(ctx.fromBody('AlertComment')),
			CustomSubject: psString(ctx.fromBody('CustomSubject')),
		};
		const existing = rules.findIndex((candidate) => candidate.RowKey === rowKey);
		if (existing >= 0) rules.splice(existing, 1, rule);
		else rules.push(rule);
		return {
			status: 200,
			body: {
				Results: [
					`Added Audit Log Alert for ${tenants.length} tenants. It may take up to four hours before Microsoft starts delivering these alerts.`,
				],
			},
		};
	},
};

/** Invoke-ListAlertsQueue: audit-log rules, then scripted alerts. */
const ListAlertsQueue: Endpoint = {
	name: 'ListAlertsQueue',
	role: 'CIPP.Alert.Read',
	handle(ctx) {
		const rules = alerts(ctx.state).rules.map((rule) => ({
			Tenants: rule.Tenants.map((tenant) => (isPlainObject(tenant) ? (tenant.label ?? tenant.value) : tenant)),
			Conditions: rule.Conditions.map(
				(condition) =>
					`When ${psString(condition.Property?.label)} is ${psString(condition.Operator?.label)} ${psString(condition.Input?.value)}`,
			).join(' and '),
			excludedTenants: rule.excludedTenants,
			Actions: rule.Actions.map((action) => action.label ?? action.value).join(','),
			LogType: rule.type,
			EventType: 'Audit log Alert',
			RowKey: rule.RowKey,
			PartitionKey: 'Webhookv2',
			RepeatsEvery: 'When received',
			AlertComment: rule.AlertComment,
			CustomSubject: rule.CustomSubject,
			RawAlert: {
				Conditions: rule.Conditions,
				Actions: rule.Actions,
				Tenants: rule.Tenants,
				type: rule.type,
				RowKey: rule.RowKey,
				PartitionKey: 'Webhookv2',
			},
		}));
		const scripted = {
			RowKey: stableGuid('alert/scripted/mfa'),
			PartitionKey: 'ScheduledTask',
			excludedTenants: [],
			Tenants: [{ label: '*All Tenants', value: 'AllTenants', type: 'Tenant' }],
			Conditions: 'Get-CIPPAlertMFAAdmins',
			Actions: 'email',
			LogType: 'Scripted',
			EventType: 'Scheduled Task',
			RepeatsEvery: '1d',
		};
		// Hidden scheduled tasks of a Get-CIPPAlert* command (AddScriptedAlert) are listed after the seeded one.
		const tasks = adminState(ctx.state)
			.tasks.filter((task) => task.Hidden && /^Get-CippAlert/i.test(task.Command))
			.map((task) => ({
				RowKey: task.RowKey,
				PartitionKey: task.PartitionKey,
				excludedTenants: [],
				Tenants: [{ label: task.Tenant, value: task.Tenant, type: 'Tenant' }],
				Conditions: task.Name,
				Actions: task.PostExecution ?? '',
				LogType: 'Scripted',
				EventType: 'Scheduled Task',
				RepeatsEvery: task.Recurrence,
			}));
		return { status: 200, body: [...rules, scripted, ...tasks] };
	},
};

/** Invoke-Process... step 1: the row CIPP writes before it sends anything (one per record Id per tenant, ever). */
export function storeAuditLog(state: SandboxState, row: AuditLogRow): boolean {
	const rows = alerts(state).auditLogs;
	if (rows.some((existing) => existing.LogId === row.LogId && existing.Tenant === row.Tenant)) return false;
	rows.push(row);
	return true;
}

/** <n>d, <n>h or <n>m back from now. */
function relativeStart(value: string): number | undefined {
	const match = /^(\d+)([dhm])$/i.exec(value.trim());
	if (!match) return undefined;
	const unit = { d: 86400_000, h: 3600_000, m: 60_000 }[match[2].toLowerCase() as 'd' | 'h' | 'm'];
	return Date.now() - Number(match[1]) * unit;
}

/** Unix seconds when all digits (so yyyyMMdd is misread, as in CIPP), else a date string. */
const dateParam = (value: string): number => (/^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value));

/**
 * Invoke-ListAuditLogs: {Results, Metadata}, newest event first. LogId ignores every other filter;
 * RelativeTime wins over StartDate/EndDate; none of them: the last 7 days. All on the time the row
 * was written; rows of tenants no longer in CIPP are dropped.
 */
const ListAuditLogs: Endpoint = {
	name: 'ListAuditLogs',
	role: 'CIPP.Alert.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const logId = ctx.fromQuery('LogId');
		const relative = ctx.fromQuery('RelativeTime');
		const start = ctx.fromQuery('StartDate');
		const end = ctx.fromQuery('EndDate');
		let from = Date.now() - 7 * 86400_000;
		let to = Date.now();
		if (relative && relativeStart(relative) !== undefined) from = relativeStart(relative) as number;
		else if (start) {
			from = dateParam(start);
			if (end) to = dateParam(end);
		}
		const known = new Set(cippTenants(ctx.state).map((tenant) => tenant.defaultDomainName.toLowerCase()));
		const rows = alerts(ctx.state)
			.auditLogs.filter((row) =>
				logId
					? row.LogId === logId
					: (!tenantFilter || tenantFilter === 'AllTenants' || row.Tenant === tenantFilter) && row.written >= from && row.written <= to,
			)
			.filter((row) => known.has(row.Tenant.toLowerCase()));
		const results = rows.map((row) => {
			const rawData = (row.Data?.RawData ?? {}) as Record<string, unknown>;
			return {
				LogId: row.LogId,
				Timestamp: row.Data ? (rawData.CreationTime ?? null) : null,
				Tenant: row.Tenant,
				Title: row.Title,
				Data: row.Data,
			};
		});
		return {
			status: 200,
			body: {
				Results: results.sort((a, b) => String(b.Timestamp ?? '').localeCompare(String(a.Timestamp ?? ''))),
				Metadata: { Count: results.length, Filter: tenantFilter && tenantFilter !== 'AllTenants' ? `Tenant eq '${tenantFilter}'` : '' },
			},
		};
	},
};

export const endpoints: Endpoint[] = [AddAlert, ListAlertsQueue, ListAuditLogs];

/** The audit-log alert rules (table WebhookRules), for RemoveQueuedAlert (alert resource). */
export const webhookRules = (state: SandboxState): Array<{ RowKey: string }> => alerts(state).rules;
