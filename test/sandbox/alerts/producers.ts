/**
 * The producers of cipp-alerts.md §3, each building its body exactly as CIPP does and handing it
 * to Send-CIPPAlert: one POST per unit CIPP uses (per audit record, per task run and tenant, per
 * 500 logbook rows, per tenant for drift and custom tests, per baseline transition).
 */
import { randomUUID } from 'node:crypto';

import { stableGuid } from '../directory';
import { adminState, writeLog } from '../endpoints/catalogue/administration/state';
import { storeAuditLog } from '../endpoints/catalogue/tenant/alerts';
import { findTenant, findUser, PARTNER_TENANT_ID } from '../fixtures';
import type { SandboxState } from '../fixtures';
import { notificationConfig } from './config';
import { sendAlert } from './sender';
import type { Alert, Sent } from './sender';

export interface AuditAlertSpec {
	tenant: string;
	/** UPN of the user who acted. */
	user: string;
	operation?: 'New-InboxRule' | 'UserLoggedIn' | 'Add member to role.' | 'Set-InboxRule';
	ip?: string;
	/** Audit record Id; random when omitted. */
	id?: string;
}

const TITLES: Record<string, (tenant: string, rawData: Record<string, unknown>) => string> = {
	'New-InboxRule': (tenant, raw) => `${tenant} - New ${raw.ForwardTo ? 'forwarding or redirect ' : ''}Rule Detected for ${raw.UserId}`,
	'Set-InboxRule': (tenant, raw) => `${tenant} - Rule Edit Detected for ${raw.UserId}`,
	'Add member to role.': (tenant, raw) => `${tenant} - Role change detected for ${raw.ObjectId}`,
	UserLoggedIn: (tenant) => `${tenant} - a user has logged on from a location you've set up to receive alerts for.`,
};

/** Invoke-CippWebhookProcessing for one audit record: store in AuditLogs (once per Id), then one POST. */
export function auditAlert(state: SandboxState, spec: AuditAlertSpec): Alert | undefined {
	const tenant = findTenant(spec.tenant, state);
	if (!tenant) throw new Error(`no such tenant: ${spec.tenant}`);
	const operation = spec.operation ?? 'New-InboxRule';
	const id = spec.id ?? randomUUID();
	const created = new Date(Date.now() - 20 * 60_000);
	const creationTime = created.toISOString().replace(/\.\d+Z$/, '');
	const ip = spec.ip ?? '203.0.113.45';
	const user = findUser(tenant.customerId, spec.user, state);
	const parameters = operation.endsWith('InboxRule')
		? [
				{ Name: 'Name', Value: 'Forward all' },
				{ Name: 'ForwardTo', Value: 'x@evil.example' },
			]
		: [];
	const objectId =
		operation === 'Add member to role.'
			? spec.user
			: operation === 'UserLoggedIn'
				? stableGuid('app/office')
				: `${tenant.defaultDomainName}\\Forward all`;
	const location = { CountryOrRegion: 'NL', City: 'Amsterdam', Proxy: false, Hosting: true, ASName: 'EXAMPLE-AS' };
	const auditRecord = {
		id,
		createdDateTime: `${creationTime}Z`,
		auditLogRecordType: operation.endsWith('InboxRule') ? 'exchangeAdmin' : 'azureActiveDirectory',
		operation,
		organizationId: tenant.customerId,
		userType: 'regular',
		userId: spec.user,
		service: operation.endsWith('InboxRule') ? 'Exchange' : 'AzureActiveDirectory',
		objectId,
		userPrincipalName: spec.user,
		clientIp: `${ip}:51234`,
		administrativeUnits: [],
		auditData: { Id: id, Operation: operation, ClientIP: `${ip}:51234`, UserId: spec.user, Parameters: parameters },
	};
	const rawData: Record<string, unknown> = {
		CreationTime: creationTime,
		Id: id,
		Operation: operation,
		OrganizationId: tenant.customerId,
		RecordType: 1,
		ResultStatus: 'True',
		UserKey: user?.id ?? '10032001A2B3C4D5',
		UserType: 0,
		Version: 1,
		Workload: auditRecord.service,
		ClientIP: ip,
		ObjectId: objectId,
		UserId: spec.user,
		CIPPAction: '[{"value":"generateWebhook","label":"Generate a webhook"}]\n',
		CIPPClause: `Operation is Equals to ${operation}`,
		CIPPGeoLocation: 'NL',
		CIPPBadRepIP: false,
		CIPPHostedIP: true,
		CIPPIPDetected: ip,
		CIPPLocationInfo: JSON.stringify(location),
		CIPPExtendedProperties: null,
		CIPPDeviceProperties: null,
		CIPPModifiedProperties: null,
		CIPPParameters: parameters.length ? JSON.stringify(parameters) : null,
		AuditRecord: JSON.stringify(auditRecord),
		HasLocationData: true,
		CIPPAlertComment: 'Call the user before closing.',
		CIPPCustomSubject: '',
		...Object.fromEntries(parameters.map((parameter) => [parameter.Name, parameter.Value])),
		...(user ? { CIPPUserKey: user.userPrincipalName } : {}),
	};
	const title = TITLES[operation](tenant.defaultDomainName, rawData);
	const body = {
		AlertComment: 'Call the user before closing.',
		ActionsTaken: null,
		ActionText: null,
		ActionUrl: null,
		IP: ip,
		Title: title,
		PotentialLocationInfo: location,
		RawData: rawData,
		AuditRecord: auditRecord,
	};
	// One alert per record Id per tenant, ever: a record already stored is skipped.
	if (!storeAuditLog(state, { LogId: id, Tenant: tenant.defaultDomainName, Title: title, written: Date.now(), Data: body }))
		return undefined;
	return { body, title, tenant: tenant.defaultDomainName, source: 'Audit Log Alert', invoking: 'Start-AuditLogProcessingOrchestrator' };
}

/** Send-CIPPScheduledTaskAlert for one run of a scripted alert in one tenant. */
export function scriptedAlert(state: SandboxState, spec: { tenant: string; users: string[]; command?: string; name?: string }): Alert {
	const tenant = findTenant(spec.tenant, state);
	if (!tenant) throw new Error(`no such tenant: ${spec.tenant}`);
	const command = spec.command ?? 'Get-CIPPAlertMFAAdmins';
	const name = spec.name ?? '*All Tenants: Admins without MFA';
	const results = spec.users.map((upn) => {
		const user = findUser(tenant.customerId, upn, state);
		return {
			Message: `Admin user ${user?.displayName ?? upn} (${upn}) does not have MFA registered.`,
			UserPrincipalName: upn,
			DisplayName: user?.displayName ?? upn,
			Id: user?.id ?? stableGuid(upn),
			Tenant: tenant.defaultDomainName,
		};
	});
	const now = Math.floor(Date.now() / 1000);
	const rowKey = stableGuid(`task/${command}`);
	const headers = {
		'x-forwarded-for': '198.51.100.7',
		'x-ms-client-principal': Buffer.from('{"userDetails":"tech@northstarit.com"}').toString('base64'),
		'x-ms-client-principal-idp': 'aad',
		'x-ms-client-principal-name': 'tech@northstarit.com',
	};
	const snooze = {
		apiEndpoint: '/api/ExecSnoozeAlert',
		cmdletName: command,
		tenant: tenant.defaultDomainName,
		durations: [7, 14, 30, -1],
		items: results.map((result) => ({
			contentHash: Buffer.from(result.UserPrincipalName).toString('base64'),
			contentPreview: result.UserPrincipalName.toLowerCase(),
			alertItem: result,
		})),
	};
	const taskInfo = {
		PartitionKey: 'ScheduledTask',
		RowKey: rowKey,
		Timestamp: new Date().toISOString(),
		ETag: 'W/"datetime\'2026\'"',
		TaskState: 'Planned',
		Tenant: 'AllTenants',
		excludedTenants: '',
		excludedTenantGroups: '',
		Name: name,
		Command: command,
		Parameters: { Headers: headers },
		ScheduledTime: String(now),
		ExecutedTime: String(now - 86400),
		Recurrence: '1d',
		PostExecution: 'Webhook',
		Reference: '',
		AdditionalProperties: '',
		Hidden: false,
		Results: '',
		AlertComment: 'Open a ticket',
		CustomSubject: '',
		PsaTicketStrategy: '',
	};
	const title = `Alert - ${tenant.defaultDomainName} - ${name}`;
	// Legacy: serialised indented (depth 20), unlike every other producer.
	const legacy = JSON.stringify(
		{
			tenantId: tenant.customerId,
			Tenant: tenant.defaultDomainName,
			TaskInfo: taskInfo,
			Results: results,
			AlertComment: 'Open a ticket',
			Snooze: snooze,
		},
		null,
		2,
	);
	const standardized = {
		tenantId: tenant.customerId,
		tenant: tenant.defaultDomainName,
		taskType: 'Alert',
		executingUser: 'tech@northstarit.com',
		task: {
			id: rowKey,
			name,
			command,
			state: 'Planned',
			reference: '',
			scheduled: String(now),
			executed: String(now - 86400),
			partition: 'ScheduledTask',
		},
		results,
		alertComment: 'Open a ticket',
		snooze,
	};
	return { body: legacy, standardizedBody: standardized, title, tenant: tenant.defaultDomainName, source: 'Alert', invoking: command };
}

const MMddyyyy = (at: Date) => {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(at.getUTCMonth() + 1)}/${pad(at.getUTCDate())}/${at.getUTCFullYear()} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
};

/**
 * Push-SchedulerCIPPNotifications, logbook part: today's unsent rows of the selected severities
 * (exact case) and log types (or API Alerts), in table order (RowKey, random), 500 per POST;
 * each chunk is marked sent after its POST, whatever the answer (which rewrites the row).
 */
export function logbookChunks(state: SandboxState): Array<{ alert: Alert; rows: Array<Record<string, unknown>> }> {
	const row = notificationConfig(state).row ?? {};
	const severities = String(row.Severity ?? '') ? String(row.Severity).split(',') : ['Info', 'Error', 'Warning', 'Critical', 'Alert'];
	const logTypes = new Set(
		Object.entries(row)
			.filter(([, value]) => value === true)
			.map(([name]) => name),
	);
	const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
	const rows = adminState(state)
		.logs.filter(
			(log) =>
				log.PartitionKey === today &&
				!log.sentAsAlert &&
				severities.includes(log.Severity) &&
				(log.API === 'Alerts' || logTypes.has(log.API)),
		)
		.sort((a, b) => a.RowKey.localeCompare(b.RowKey));
	const title = `Logbook Notification: Alerts found starting at ${MMddyyyy(new Date(Date.now() - 15 * 60_000))}`;
	const chunks = [];
	for (let start = 0; start < rows.length; start += 500) {
		const chunk = rows.slice(start, start + 500).map((log) => ({ FunctionNode: 'cipp-a1b2c', ...log, sentAsAlert: false }));
		// ConvertTo-Json of a one-row chunk gives the row, not a list.
		const body = chunk.length === 1 ? chunk[0] : chunk;
		chunks.push({
			alert: { body, title, tenant: 'AllTenants', source: 'Logbook Notification', invoking: 'Push-SchedulerCIPPNotifications' },
			rows: chunk,
		});
	}
	return chunks;
}

export function markSent(state: SandboxState, rows: Array<Record<string, unknown>>): void {
	const keys = new Set(rows.map((row) => row.RowKey));
	for (const log of adminState(state).logs) {
		if (!keys.has(log.RowKey)) continue;
		log.sentAsAlert = true;
		log.Timestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
	}
}

export function driftAlert(tenant: string): Alert {
	const body = {
		Title: `CIPP Alert - Standard Drift Detected for ${tenant}`,
		ActionUrl: null,
		ActionText: null,
		Tenant: tenant,
		AlertData: [
			{ Standard: 'Unified Audit Log', 'Expected Value': true, 'Current Value': false, Status: 'New' },
			{ Standard: 'Security Defaults', 'Expected Value': false, 'Current Value': true, Status: 'New' },
		],
	};
	return { body, title: body.Title, tenant, source: 'Send Alert', invoking: null };
}

export function baselineAlert(tenant: string): Alert {
	const body = {
		Event: 'Drift',
		Tenant: tenant,
		Standard: 'standards.AuditLog',
		Baseline: 'MSP Gold',
		Stage: 1,
		Differences: [{ Property: 'AuditLogEnabled', ExpectedValue: true, ReceivedValue: false }],
	};
	return { body, title: `Baseline drift detected: standards.AuditLog on ${tenant}`, tenant, source: 'Baselines', invoking: null };
}

export function customTestAlert(tenant: string): Alert {
	const test = (name: string, status: string, risk: string) => ({
		TestId: `CustomScript-${stableGuid(name)}`,
		ScriptGuid: stableGuid(name),
		ScriptName: name,
		Status: status,
		Risk: risk,
		Pillar: 'Identity',
		Category: 'Custom Script',
		FailedRowCount: 1,
		Results: { UPN: `guest1@${tenant}` },
		ResultMarkdown: '',
		ErrorMessage: null,
	});
	const body = {
		Title: `${tenant} - 2 custom tests need attention`,
		Tenant: tenant,
		AlertCount: 2,
		Tests: [test('Stale guests', 'Failed', 'Medium'), test('Legacy auth', 'Investigate', 'High')],
	};
	return { body, title: body.Title, tenant, source: 'Custom Test Notification', invoking: 'Invoke-CippTestCustomScripts' };
}

export function testAlert(tenantFilter: string, text: string): Alert {
	return {
		body: { Title: 'CIPP Notification Test', Text: text },
		title: 'CIPP Notification Test',
		tenant: tenantFilter || PARTNER_TENANT_ID,
		source: 'Send Alert',
		invoking: 'Invoke-ExecAddAlert',
	};
}

export function standardsNotice(): Alert {
	return {
		body: {
			title: '',
			buttonurl: 'https://cipp.northstarit.com/cipp/logs',
			buttontext: 'Check logbook information',
			auditlog: null,
			alertcomment: null,
		},
		title: 'Standards Notification: Out of sync standards detected',
		tenant: 'AllTenants',
		source: 'Standards Notification',
		invoking: 'Push-SchedulerCIPPNotifications',
	};
}

export function sherwebNotice(tenant: string): Alert {
	return {
		body: { title: '', buttonurl: '', buttontext: '', auditlog: null, alertcomment: null },
		title: '',
		tenant,
		source: 'Alerts',
		invoking: null,
	};
}

export type AlertSource =
	| 'auditLog'
	| 'scriptedAlert'
	| 'logbook'
	| 'drift'
	| 'baseline'
	| 'customTest'
	| 'testAlert'
	| 'standards'
	| 'extension';

export interface FireRequest {
	source: AlertSource;
	tenant?: string;
	/** Audit-log alerts: the user named; scripted alerts: every finding's user. */
	users?: string[];
	operation?: AuditAlertSpec['operation'];
	/** Audit-log alerts: how many records (each its own POST), posted at once as CIPP's parallel activities do. */
	count?: number;
	/** Logbook: rows to write first (API Alerts, severity Alert) so the hourly run has something to send. */
	rows?: number;
	url?: string;
}

/** Makes CIPP send what this source sends, now. */
export async function fire(state: SandboxState, request: FireRequest): Promise<Sent[]> {
	const tenant = request.tenant ?? 'contoso.onmicrosoft.com';
	const users = request.users ?? ['adele.vance@contoso.onmicrosoft.com'];
	const withUrl = (alert: Alert | undefined): Alert[] => (alert ? [{ ...alert, altWebhook: request.url }] : []);
	let alerts: Alert[] = [];
	switch (request.source) {
		case 'auditLog':
			alerts = Array.from({ length: request.count ?? users.length }, (_, index) =>
				withUrl(auditAlert(state, { tenant, user: users[index % users.length], operation: request.operation })),
			).flat();
			break;
		case 'scriptedAlert':
			alerts = withUrl(scriptedAlert(state, { tenant, users }));
			break;
		case 'logbook': {
			for (let index = 0; index < (request.rows ?? 0); index++) {
				writeLog(state, {
					Tenant: tenant,
					TenantID: findTenant(tenant, state)?.customerId,
					API: 'Alerts',
					Message: `Alert ${index + 1}: ${users[index % users.length]} signed in from a new country`,
					Username: 'CIPP',
					Severity: 'Alert',
				});
			}
			const sent: Sent[] = [];
			for (const chunk of logbookChunks(state)) {
				const result = await sendAlert(state, { ...chunk.alert, altWebhook: request.url });
				markSent(state, chunk.rows);
				if (result) sent.push(result);
			}
			return sent;
		}
		case 'drift':
			alerts = withUrl(driftAlert(tenant));
			break;
		case 'baseline':
			alerts = withUrl(baselineAlert(tenant));
			break;
		case 'customTest':
			alerts = withUrl(customTestAlert(tenant));
			break;
		case 'testAlert':
			alerts = withUrl(testAlert(tenant, 'This is a test from Notification Settings'));
			break;
		case 'standards':
			alerts = withUrl(standardsNotice());
			break;
		case 'extension':
			alerts = withUrl(sherwebNotice(tenant));
			break;
	}
	const sent = await Promise.all(alerts.map((alert) => sendAlert(state, alert)));
	return sent.filter((result): result is Sent => result !== undefined);
}
