/**
 * CIPP's own tables behind the administration endpoints (ApiClients, ScheduledTasks, the logbook,
 * backups, Extensionsconfig, CippMapping, Settings), one copy per sandbox.
 */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../../directory';
import { fixtures } from '../../../fixtures';
import type { SandboxState, SandboxTenant } from '../../../fixtures';

export interface ApiClientRow {
	RowKey: string;
	AppName: string;
	Role: string;
	IPRange: string;
	Enabled: boolean;
	MCPAllowed: boolean;
}

/** A ScheduledTasks row as CIPP stores it (Parameters and Results as JSON text, times in Unix seconds). */
export interface ScheduledTaskRow {
	PartitionKey: 'ScheduledTask';
	RowKey: string;
	Name: string;
	Command: string;
	Parameters: string;
	Tenant: string;
	TaskState: 'Planned' | 'Running' | 'Completed' | 'Failed' | 'Processing';
	ScheduledTime: number;
	ExecutedTime: number | '';
	Recurrence: string;
	Results: string;
	Hidden: boolean;
	SyncType?: string;
	/** Where the results go when the task has run: "Webhook,Email,PSA" (Add-CIPPScheduledTask :104-106). */
	PostExecution?: string;
	/** A tenant group task: the group as CIPP got it, `{value, label, type: 'Group'}` as JSON text. */
	TenantGroup?: string;
	excludedTenants?: string;
	Reference?: string;
	AlertComment?: string;
	CustomSubject?: string;
	PsaTicketStrategy?: string;
	DesiredStartTime?: string;
}

export interface LogRow {
	PartitionKey: string;
	RowKey: string;
	Timestamp: string;
	Tenant: string;
	TenantID?: string;
	API: string;
	Message: string;
	Username: string;
	/** CIPP writes both cases: 'Info' from most endpoints, 'info' from Send-CIPPAlert. */
	Severity: 'Debug' | 'Info' | 'Warning' | 'Error' | 'Critical' | 'Alert' | 'info' | 'error' | 'warning';
	LogData: string;
	/** Set by the hourly notification run once the row was sent (which rewrites the row: new Timestamp). */
	sentAsAlert?: boolean;
	AppId?: string;
	IP?: string;
	StandardTemplateId?: string;
	ScheduledTaskId?: string;
	/** Rows written during a standards (baseline) run carry its run ID. */
	BaselineRunId?: string;
}

export interface BackupRow {
	RowKey: string;
	Timestamp: string;
	/** The backed-up table rows, each with its `table`. */
	rows: Array<Record<string, unknown>>;
	TenantFilter?: string;
}

export interface MappingRow {
	RowKey: string;
	IntegrationId: string;
	IntegrationName: string;
}

export type PasswordConfig = Record<string, string | number | boolean>;

export interface AdminState {
	apiClients: ApiClientRow[];
	/** Entra app registrations of the partner tenant that could become API clients. */
	appRegistrations: Array<Record<string, unknown>>;
	tasks: ScheduledTaskRow[];
	logs: LogRow[];
	backups: BackupRow[];
	tenantBackups: BackupRow[];
	/** The stored Extensionsconfig `config` (parsed), keyed by extension. */
	extensions: Record<string, Record<string, unknown>>;
	mappings: Record<'HaloPSA' | 'NinjaOne' | 'Hudu' | 'Sherweb', MappingRow[]>;
	/** Field mappings (HuduFieldMapping, NinjaOneFieldMapping partitions), keyed by CIPP field name. */
	fieldMappings: Record<'HuduFields' | 'NinjaOneFields', MappingRow[]>;
	passwordConfig: PasswordConfig | undefined;
	siteName: string;
}

export const unixNow = (): number => Math.floor(Date.now() / 1000);

/** The logbook's partition key of a time (yyyyMMdd, CIPP_TIMEZONE = UTC). */
export const logDay = (at: Date): string => at.toISOString().slice(0, 10).replace(/-/g, '');

const isoSeconds = (at: Date): string => at.toISOString().replace(/\.\d+Z$/, 'Z');

function task(
	spec: Omit<ScheduledTaskRow, 'PartitionKey' | 'RowKey' | 'Results' | 'ExecutedTime'> & { Results?: unknown; ExecutedTime?: number },
): ScheduledTaskRow {
	return {
		PartitionKey: 'ScheduledTask',
		RowKey: stableGuid(`scheduled-task/${spec.Name}`),
		ExecutedTime: '',
		...spec,
		Results: spec.Results === undefined ? '' : JSON.stringify(spec.Results),
	};
}

function seedTasks(now: number): ScheduledTaskRow[] {
	const contoso = fixtures.tenants.find((t) => t.customerId === fixtures.tenantIds.contoso);
	const fabrikam = fixtures.tenants.find((t) => t.customerId === fixtures.tenantIds.fabrikam);
	return [
		task({
			Name: 'Offboarding: pradeep.gupta@contoso.onmicrosoft.com',
			Command: 'Invoke-CIPPOffboardingJob',
			Parameters: JSON.stringify({ Username: 'pradeep.gupta@contoso.onmicrosoft.com', RemoveLicenses: true, ConvertToShared: true }),
			Tenant: contoso?.defaultDomainName ?? '',
			TaskState: 'Completed',
			ScheduledTime: now - 86_400 * 3,
			ExecutedTime: now - 86_400 * 3 + 41,
			Recurrence: '0',
			Results: [
				'Removed all licenses for pradeep.gupta@contoso.onmicrosoft.com',
				'Converted pradeep.gupta@contoso.onmicrosoft.com to a shared mailbox',
			],
			Hidden: false,
		}),
		task({
			Name: 'Vacation mode: lynne.robbins@fabrikam.onmicrosoft.com',
			Command: 'Set-CIPPCAExclusion',
			Parameters: JSON.stringify({ ExclusionType: 'Add', UserID: 'lynne.robbins@fabrikam.onmicrosoft.com' }),
			Tenant: fabrikam?.defaultDomainName ?? '',
			TaskState: 'Planned',
			ScheduledTime: now + 86_400 * 5,
			Recurrence: '0',
			Hidden: false,
		}),
		task({
			Name: 'Hudu Sync - contoso.onmicrosoft.com',
			Command: 'Invoke-CippExtensionSync',
			Parameters: JSON.stringify({ Extension: 'Hudu', TenantFilter: 'contoso.onmicrosoft.com' }),
			Tenant: 'contoso.onmicrosoft.com',
			TaskState: 'Completed',
			ScheduledTime: now + 3_600 * 20,
			ExecutedTime: now - 3_600 * 4,
			Recurrence: '1d',
			Results: { Status: 'Completed', Companies: 1, Assets: 9 },
			Hidden: true,
			SyncType: 'Hudu',
		}),
		task({
			Name: 'NinjaOne Sync - fabrikam.onmicrosoft.com',
			Command: 'Invoke-CippExtensionSync',
			Parameters: JSON.stringify({ Extension: 'NinjaOne', TenantFilter: 'fabrikam.onmicrosoft.com' }),
			Tenant: 'fabrikam.onmicrosoft.com',
			TaskState: 'Planned',
			ScheduledTime: now + 3_600 * 2,
			Recurrence: '1d',
			Hidden: true,
			SyncType: 'NinjaOne',
		}),
	];
}

function seedLogs(now: Date): LogRow[] {
	const yesterday = new Date(now.getTime() - 86_400_000);
	// The recent rows belong to today's partition, which ListLogs reads by default, also when the
	// sandbox starts in the first half hour after midnight UTC: then they sit just after midnight, in
	// the same order.
	const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const minutesAgo = (minutes: number) => {
		const at = now.getTime() - minutes * 60_000;
		return new Date(at >= startOfToday ? at : startOfToday + (30 - minutes) * 1_000);
	};
	const entry = (at: Date, spec: Omit<LogRow, 'PartitionKey' | 'RowKey' | 'Timestamp' | 'LogData'> & { LogData?: unknown }): LogRow => ({
		PartitionKey: logDay(at),
		RowKey: stableGuid(`log/${logDay(at)}/${spec.API}/${spec.Message}`),
		Timestamp: isoSeconds(at),
		...spec,
		LogData: spec.LogData === undefined ? '' : JSON.stringify(spec.LogData),
	});
	const editor = fixtures.clients.editor;
	return [
		entry(minutesAgo(10), {
			Tenant: 'contoso.onmicrosoft.com',
			TenantID: fixtures.tenantIds.contoso,
			API: 'ExecResetPass',
			Message: 'Successfully reset the password for Adele Vance, adele.vance@contoso.onmicrosoft.com',
			Username: editor.clientId,
			AppId: editor.clientId,
			IP: '203.0.113.42',
			Severity: 'Info',
		}),
		entry(minutesAgo(20), {
			Tenant: 'northwind.onmicrosoft.com',
			TenantID: fixtures.tenantIds.northwind,
			API: 'ExecResetPass',
			Message:
				'Failed to reset password for Nancy Davolio, nancy.davolio@northwind.onmicrosoft.com. Error: Insufficient privileges to complete the operation.',
			Username: editor.clientId,
			AppId: editor.clientId,
			IP: '203.0.113.42',
			Severity: 'Error',
			LogData: { NormalizedError: 'Insufficient privileges to complete the operation.' },
		}),
		entry(minutesAgo(30), {
			Tenant: 'CIPP',
			API: 'Standards',
			Message: 'Standards run started for all tenants',
			Username: 'CIPP',
			Severity: 'Debug',
			BaselineRunId: stableGuid('baseline-run/seed'),
		}),
		entry(yesterday, {
			Tenant: 'fabrikam.onmicrosoft.com',
			TenantID: fixtures.tenantIds.fabrikam,
			API: 'Alerts',
			Message: 'Alert: 3 users without MFA registered',
			Username: 'CIPP',
			Severity: 'Alert',
		}),
		entry(yesterday, {
			Tenant: 'CIPP',
			API: 'CIPP Backup',
			Message: 'Created CIPP Backup (link stored)',
			Username: 'CIPP',
			Severity: 'Warning',
		}),
	];
}

function seedBackup(at: Date): BackupRow {
	return {
		RowKey: `CIPPBackup_${at.toISOString().slice(0, 10)}-0400`,
		Timestamp: isoSeconds(at),
		rows: [
			{
				table: 'templates',
				PartitionKey: 'IntuneTemplate',
				RowKey: stableGuid('template/intune/bitlocker'),
				JSON: '{"displayName":"Baseline - BitLocker"}',
			},
			{
				table: 'templates',
				PartitionKey: 'CATemplate',
				RowKey: stableGuid('template/ca/mfa'),
				JSON: '{"displayName":"Require MFA for admins"}',
			},
			{
				table: 'ScheduledTasks',
				PartitionKey: 'ScheduledTask',
				RowKey: stableGuid('scheduled-task/backup'),
				Name: 'Automated CIPP Backup',
			},
			{ table: 'CustomRoles', PartitionKey: 'CustomRoles', RowKey: 'helpdesk-contoso', Permissions: '["CIPP.Core.Read"]' },
			{ table: 'cacheTenants', PartitionKey: 'Tenants', RowKey: fixtures.tenantIds.contoso },
		],
	};
}

export const adminState = perSandbox((state: SandboxState): AdminState => {
	const now = new Date();
	const clients = Object.values(fixtures.clients).map((client) => ({
		RowKey: client.clientId,
		AppName: client.appName,
		Role: client.role,
		IPRange: '[]',
		Enabled: client.hasIdentifierUri,
		MCPAllowed: false,
	}));
	const partner = state.tenants.find((t) => t.isPartner);
	return {
		apiClients: clients,
		appRegistrations: [
			...clients.map((client) => ({ appId: client.RowKey, displayName: client.AppName })),
			{ appId: stableGuid('app/reporting-legacy'), displayName: 'Reporting (legacy)' },
		].map((app) => ({
			...app,
			createdDateTime: '2025-02-11T10:00:00Z',
			api: { requestedAccessTokenVersion: 2, oauth2PermissionScopes: [{ value: 'user_impersonation' }] },
			web: { redirectUris: ['https://cippnorthstar.azurewebsites.net/.auth/login/aad/callback'] },
			passwordCredentials: [{ displayName: 'CIPP-API', endDateTime: '2027-02-11T10:00:00Z' }],
		})),
		tasks: seedTasks(unixNow()),
		logs: seedLogs(now),
		backups: [seedBackup(new Date(now.getTime() - 86_400_000))],
		tenantBackups: [
			{
				RowKey: `contoso.onmicrosoft.com_${now.toISOString().slice(0, 10)}-0200`,
				Timestamp: isoSeconds(now),
				TenantFilter: 'contoso.onmicrosoft.com',
				rows: [{ table: 'users', count: 11 }],
			},
		],
		extensions: {
			HaloPSA: {
				Enabled: true,
				ResourceURL: 'https://northstar.halopsa.com/api',
				ClientID: stableGuid('halo/client'),
				Tenant: 'northstar',
				TicketType: '31',
				APIKey: 'SentToKeyVault',
			},
			Hudu: { Enabled: true, BaseURL: 'https://docs.northstarit.com', APIKey: 'SentToKeyVault' },
			NinjaOne: { Enabled: false, Instance: 'eu.ninjarmm.com', ClientId: '', APIKey: '' },
			PWPush: { Enabled: false },
		},
		mappings: {
			HaloPSA: [
				{ RowKey: fixtures.tenantIds.contoso, IntegrationId: '12', IntegrationName: 'Contoso Ltd' },
				{ RowKey: fixtures.tenantIds.fabrikam, IntegrationId: '27', IntegrationName: 'Fabrikam, Inc.' },
			],
			NinjaOne: [{ RowKey: fixtures.tenantIds.fabrikam, IntegrationId: '4', IntegrationName: 'Fabrikam' }],
			Hudu: [{ RowKey: fixtures.tenantIds.contoso, IntegrationId: '8', IntegrationName: 'Contoso' }],
			Sherweb: [],
		},
		fieldMappings: { HuduFields: [], NinjaOneFields: [] },
		passwordConfig: undefined,
		siteName: partner ? 'cippnorthstar' : 'cipp',
	};
});

/** Write-LogMessage: what the endpoints log, so Get Many Logs shows it. */
export function writeLog(
	state: SandboxState,
	entry: Omit<LogRow, 'PartitionKey' | 'RowKey' | 'Timestamp' | 'LogData'> & { LogData?: string },
): void {
	const now = new Date();
	adminState(state).logs.push({
		PartitionKey: logDay(now),
		RowKey: randomUUID(),
		Timestamp: isoSeconds(now),
		LogData: '',
		...entry,
	});
}

/** A task for CIPP's scheduler (Add-CIPPScheduledTask): one table, whichever endpoint queues it. */
export interface NewScheduledTask {
	tenant: string;
	name: string;
	command: string;
	parameters: Record<string, unknown>;
	/** Unix seconds. */
	scheduledTime: number;
}

export function addScheduledTask(state: SandboxState, spec: NewScheduledTask): ScheduledTaskRow {
	const row: ScheduledTaskRow = {
		...task({
			Name: spec.name,
			Command: spec.command,
			Parameters: JSON.stringify(spec.parameters),
			Tenant: spec.tenant,
			TaskState: 'Planned',
			ScheduledTime: spec.scheduledTime,
			Recurrence: '0',
			Hidden: false,
		}),
		RowKey: randomUUID(),
	};
	adminState(state).tasks.push(row);
	return row;
}

/** Endpoints that change something: CIPP writes a logbook row for each (Write-LogMessage). */
const ACTION_ENDPOINT = /^(Exec|Add|Edit|Remove|Set|Delete)/;

function resultTexts(body: unknown): { texts: string[]; secrets: string[] } {
	const results = typeof body === 'object' && body !== null && 'Results' in body ? (body as { Results: unknown }).Results : body;
	const entries = Array.isArray(results) ? results : [results];
	const texts: string[] = [];
	const secrets: string[] = [];
	for (const entry of entries) {
		if (typeof entry === 'string') texts.push(entry);
		else if (entry && typeof entry === 'object') {
			const { resultText, copyField } = entry as { resultText?: unknown; copyField?: unknown };
			if (typeof resultText === 'string') texts.push(resultText);
			if (typeof copyField === 'string' && copyField) secrets.push(copyField);
		}
	}
	return { texts, secrets };
}

/**
 * The logbook row CIPP writes for an action, for endpoints whose own handler wrote none: the
 * answer's text without the secret it handed back (CIPP never logs passwords), Error when the
 * action failed.
 */
export function logAction(
	state: SandboxState,
	action: { endpoint: string; tenant: SandboxTenant | undefined; username: string; status: number; body: unknown },
): void {
	if (!ACTION_ENDPOINT.test(action.endpoint)) return;
	const { texts, secrets } = resultTexts(action.body);
	const message = secrets.reduce((text, secret) => text.split(secret).join('[hidden]'), texts.join(' ') || `HTTP ${action.status}`);
	writeLog(state, {
		Tenant: action.tenant?.defaultDomainName ?? 'CIPP',
		TenantID: action.tenant?.customerId,
		API: action.endpoint,
		Message: message,
		Username: action.username,
		Severity: action.status >= 400 ? 'Error' : 'Info',
	});
}
