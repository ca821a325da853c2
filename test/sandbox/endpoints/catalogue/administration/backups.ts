/** CIPP configuration backups: Invoke-ExecRunBackup, -ExecRestoreBackup, -ExecListBackup, -ExecSetCIPPAutoBackup. */
import { randomUUID } from 'node:crypto';

import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { adminState, unixNow, writeLog } from './state';
import type { BackupRow } from './state';

/** Tables ExecRestoreBackup only restores for superadmins; an API client's token carries no user roles. */
const RESTRICTED_TABLES = ['AccessRoleGroups', 'AccessIPRanges', 'CustomRoles', 'DevSecrets'];
const AUTO_BACKUP = 'Automated CIPP Backup';

const backupTimestamp = (at: Date): string => `${at.toISOString().slice(0, 10)}-${at.toISOString().slice(11, 16).replace(':', '')}`;

export const ExecRunBackup: Endpoint = {
	name: 'ExecRunBackup',
	role: 'CIPP.AppSettings.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		const now = new Date();
		const name = `CIPPBackup_${backupTimestamp(now)}`;
		const rows = [
			...data.apiClients.map((client) => ({ table: 'ApiClients', PartitionKey: 'ApiClients', ...client })),
			...data.tasks
				.filter((task) => task.TaskState !== 'Completed')
				.map((task) => ({ table: 'ScheduledTasks', ...task, Results: undefined })),
			{ table: 'Extensionsconfig', PartitionKey: 'CippExtensions', RowKey: 'Config', config: JSON.stringify(data.extensions) },
		];
		data.backups = data.backups.filter((backup) => backup.RowKey !== name);
		data.backups.push({ RowKey: name, Timestamp: now.toISOString(), rows });
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'ExecRunBackup',
			Message: 'Created CIPP backup',
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		// ConvertTo-Json text; New-CIPPBackup returns no BackupData, so `backup` is always null.
		return { status: 200, body: JSON.stringify({ Results: { resultText: 'Created backup', state: 'success' }, backup: null }) };
	},
};

export const ExecRestoreBackup: Endpoint = {
	name: 'ExecRestoreBackup',
	role: 'CIPP.AppSettings.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		const name = psString(ctx.fromBody('BackupName'));
		if (!/^cippbackup_/i.test(name)) {
			return { status: 200, body: { Results: 'Successfully restored 0 rows from backup.' } };
		}
		const backup = data.backups.find((candidate) => candidate.RowKey.toLowerCase() === name.toLowerCase());
		if (!backup) return { status: 200, body: { Results: 'Backup not found.' } };
		const selected = ctx.fromBody('SelectedTypes');
		const types = Array.isArray(selected) ? selected.map(psString) : [];
		const typeKey = (row: Record<string, unknown>) =>
			row.table === 'templates' ? `templates:${psString(row.PartitionKey)}` : psString(row.table);
		const restored = backup.rows.filter(
			(row) =>
				(types.length === 0 || types.includes(typeKey(row))) &&
				!psString(row.table).toLowerCase().startsWith('cache') &&
				!(psString(row.table) === 'Config' && psString(row.RowKey) === 'OffloadFunctions') &&
				!RESTRICTED_TABLES.includes(psString(row.table)),
		);
		for (const row of restored.filter((candidate) => candidate.table === 'ApiClients')) {
			const client = data.apiClients.find((candidate) => candidate.RowKey === row.RowKey);
			if (client) Object.assign(client, { Role: row.Role, IPRange: row.IPRange, Enabled: row.Enabled });
		}
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'ExecRestoreBackup',
			Message: `Restored backup ${name} - ${restored.length} rows restored`,
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		return { status: 200, body: { Results: `Successfully restored ${restored.length} rows from backup.` } };
	},
};

function listEntry(backup: BackupRow, scheduled: boolean, nameOnly: boolean): Record<string, unknown> {
	if (!nameOnly) {
		return {
			PartitionKey: scheduled ? 'ScheduledBackup' : 'CIPPBackup',
			RowKey: backup.RowKey,
			Timestamp: backup.Timestamp,
			Backup: JSON.stringify(backup.rows),
			BackupIsBlob: false,
			...(backup.TenantFilter ? { TenantFilter: backup.TenantFilter } : {}),
		};
	}
	if (scheduled) {
		return {
			TenantFilter: backup.TenantFilter,
			BackupName: backup.RowKey,
			Timestamp: backup.Timestamp,
			Items: [...new Set(backup.rows.map((row) => row.table))],
		};
	}
	return { BackupName: backup.RowKey, Timestamp: backup.Timestamp, Source: 'table' };
}

export const ExecListBackup: Endpoint = {
	name: 'ExecListBackup',
	role: 'CIPP.Backup.Read',
	handle(ctx) {
		const data = adminState(ctx.state);
		const scheduled = ctx.fromQuery('Type') === 'Scheduled';
		const tenant = ctx.fromQuery('tenantFilter');
		const name = ctx.fromQuery('BackupName');
		const nameOnly = ctx.fromQuery('NameOnly')?.toLowerCase() === 'true';
		const backups = (scheduled ? data.tenantBackups : data.backups)
			.filter((backup) => !tenant || backup.TenantFilter?.toLowerCase() === tenant.toLowerCase())
			.filter((backup) => !name || backup.RowKey === name)
			.map((backup) => listEntry(backup, scheduled, nameOnly));
		const sorted = nameOnly ? backups.sort((a, b) => String(b.Timestamp).localeCompare(String(a.Timestamp))) : backups;
		return { status: 200, body: sorted };
	},
};

export const ExecSetCIPPAutoBackup: Endpoint = {
	name: 'ExecSetCIPPAutoBackup',
	role: 'CIPP.Backup.ReadWrite',
	handle(ctx) {
		const data = adminState(ctx.state);
		const enabled = ctx.fromBody('Enabled');
		const existing = data.tasks.findIndex((task) => task.Name === AUTO_BACKUP);
		let result: string | undefined;
		if (enabled === true) {
			if (existing >= 0) data.tasks.splice(existing, 1);
			data.tasks.push({
				PartitionKey: 'ScheduledTask',
				RowKey: randomUUID(),
				Name: AUTO_BACKUP,
				Command: JSON.stringify({ value: 'New-CIPPBackup', label: 'New-CIPPBackup' }),
				Parameters: JSON.stringify({ backupType: 'CIPP' }),
				Tenant: 'PartnerTenant',
				TaskState: 'Planned',
				ScheduledTime: unixNow(),
				ExecutedTime: '',
				Recurrence: '1d',
				Results: '',
				Hidden: false,
			});
			result = 'Scheduled Task Successfully created';
		} else if (enabled === false) {
			if (existing >= 0) data.tasks.splice(existing, 1);
			result = existing >= 0 ? 'Scheduled Task Successfully removed' : 'No existing scheduled task found to remove';
		}
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'ExecSetCIPPAutoBackup',
			Message: 'Scheduled automatic CIPP backups',
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		return { status: 200, body: result === undefined ? undefined : { Results: result } };
	},
};
