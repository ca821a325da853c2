/** Audit-log alert rules (AddAlert, ListAlertsQueue) and the records they caught (ListAuditLogs). */
import { perSandbox, stableGuid } from '../../../directory';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';


const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

type LabelValue = { label?: string; value?: string };

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

const alerts = perSandbox((state) => {
	const customers = cippTenants(state).filter((tenant) => !tenant.isPartner);
	const rules: AlertRule[] = [
		{
			RowKey: stableGuid('alert/inbox-rule'),
			Tenants: [{ label: '*All Tenants', value: 'AllTenants' }],
			excludedTenants: [],
			Conditions: [{ Property: { label: 'Operation', value: 'String' }, Operator: { label: 'Equals to', value: 'eq' }, Input: { value: 'New-InboxRule' } }],
			Actions: [{ label: 'Send an email', value: 'generatemail' }],
			type: 'Audit.Exchange',
			AlertComment: 'Review new inbox rules',
			CustomSubject: '',
		},
	];
	const auditLogs = customers.slice(0, 2).map((tenant, index) => ({
		LogId: stableGuid(`auditlog/${tenant.customerId}`),
		Timestamp: new Date(Date.now() - (index + 1) * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
		Tenant: tenant.defaultDomainName,
		Title: `New-InboxRule - admin@${tenant.defaultDomainName}`,
		Data: {
			RawData: { CreationTime: new Date(Date.now() - (index + 1) * 3600_000).toISOString(), Operation: 'New-InboxRule', UserId: `admin@${tenant.defaultDomainName}` },
			CIPPAction: 'generatemail',
		},
	}));
	return { rules, auditLogs };
});

/**
 * Start-AuditLogSearchCreationV2 (:58-59): whether a stored rule watches a tenant. CIPP compares
 * the rule's tenant and exclusion values with the tenant's default domain only (`-contains` is
 * case-insensitive), so a rule stored with a tenant ID never covers, nor excludes, that tenant.
 */
export function alertRuleCovers(rule: { tenantFilter?: unknown; excludedTenants?: unknown }, defaultDomain: string): boolean {
	const values = (list: unknown) => asList(list).map((entry) => psString(getIgnoreCase(entry, 'value') ?? entry).toLowerCase());
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
		const conditions = asList(ctx.fromBody('conditions'));
		for (const condition of conditions) {
			const operator = psString(getIgnoreCase(getIgnoreCase(condition, 'Operator'), 'value'));
			if (operator && !OPERATORS.includes(operator.toLowerCase())) return { status: 400, body: { error: `Invalid operator: ${operator}` } };
			const property = psString(getIgnoreCase(getIgnoreCase(condition, 'Property'), 'label'));
			if (property && !/^[a-zA-Z0-9_.]+$/.test(property)) return { status: 400, body: { error: `Invalid property name: ${property}` } };
		}
		const tenants = asList(ctx.fromBody('tenantFilter')) as LabelValue[];
		const rowKey = psString(ctx.fromBody('RowKey')) || stableGuid(`alert/${Date.now()}/${Math.random()}`);
		const { rules } = alerts(ctx.state);
		const rule: AlertRule = {
			RowKey: rowKey,
			Tenants: tenants,
			excludedTenants: asList(ctx.fromBody('excludedTenants')) as LabelValue[],
			Conditions: conditions as AlertRule['Conditions'],
			Actions: asList(ctx.fromBody('actions')) as LabelValue[],
			type: psString(getIgnoreCase(ctx.fromBody('logbook'), 'value')),
			AlertComment: psString(ctx.fromBody('AlertComment')),
			CustomSubject: psString(ctx.fromBody('CustomSubject')),
		};
		const existing = rules.findIndex((candidate) => candidate.RowKey === rowKey);
		if (existing >= 0) rules.splice(existing, 1, rule);
		else rules.push(rule);
		return {
			status: 200,
			body: { Results: [`Added Audit Log Alert for ${tenants.length} tenants. It may take up to four hours before Microsoft starts delivering these alerts.`] },
		};
	},
};

/** Invoke-ListAlertsQueue: audit-log rules, then scripted alerts. */
const ListAlertsQueue: Endpoint = {
	name: 'ListAlertsQueue',
	role: 'CIPP.Alert.Read',
	handle(ctx) {
		const rules = alerts(ctx.state).rules.map((rule) => ({
			Tenants: rule.Tenants.map((tenant) => (isPlainObject(tenant) ? tenant.label ?? tenant.value : tenant)),
			Conditions: rule.Conditions.map((condition) => `When ${psString(condition.Property?.label)} is ${psString(condition.Operator?.label)} ${psString(condition.Input?.value)}`).join(' and '),
			excludedTenants: rule.excludedTenants,
			Actions: rule.Actions.map((action) => action.label ?? action.value).join(','),
			LogType: rule.type,
			EventType: 'Audit log Alert',
			RowKey: rule.RowKey,
			PartitionKey: 'Webhookv2',
			RepeatsEvery: 'When received',
			AlertComment: rule.AlertComment,
			CustomSubject: rule.CustomSubject,
			RawAlert: { Conditions: rule.Conditions, Actions: rule.Actions, Tenants: rule.Tenants, type: rule.type, RowKey: rule.RowKey, PartitionKey: 'Webhookv2' },
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
		return { status: 200, body: [...rules, scripted] };
	},
};

/** Invoke-ListAuditLogs: {Results, Metadata}; newest first; tenantFilter narrows unless AllTenants. */
const ListAuditLogs: Endpoint = {
	name: 'ListAuditLogs',
	role: 'CIPP.Alert.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const logId = ctx.fromQuery('LogId');
		const start = ctx.fromQuery('StartDate');
		const since = start && /^\d+$/.test(start) ? Number(start) * 1000 : Date.now() - 7 * 86400_000;
		const logs = alerts(ctx.state).auditLogs.filter((log) =>
			logId
				? log.LogId === logId
				: (!tenantFilter || tenantFilter === 'AllTenants' || log.Tenant === tenantFilter) && Date.parse(log.Timestamp) >= since,
		);
		return {
			status: 200,
			body: {
				Results: [...logs].sort((a, b) => b.Timestamp.localeCompare(a.Timestamp)),
				Metadata: { Count: logs.length, Filter: tenantFilter && tenantFilter !== 'AllTenants' ? `Tenant eq '${tenantFilter}'` : '' },
			},
		};
	},
};

export const endpoints: Endpoint[] = [AddAlert, ListAlertsQueue, ListAuditLogs];
