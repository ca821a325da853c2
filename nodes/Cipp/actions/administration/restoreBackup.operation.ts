import { writes } from '../common/endpoints';
import { additionalFields, requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const restoreBackup: CippOperation = {
	resource: 'administration',
	value: 'restoreBackup',
	name: 'Restore Backup',
	action: 'Restore the CIPP configuration from a backup',
	description:
		"Write a stored CIPP backup back into CIPP's configuration tables, all of it or only the chosen types; returns how many rows were restored, and fails when nothing was. Role, IP range, custom role and secret tables are never restored through the API (CIPP restores them only for a signed-in superadmin, and skips them silently).",
	...writes('ExecRestoreBackup', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Backup Name',
				name: 'backupName',
				placeholder: 'e.g. CIPPBackup_2026-08-21-0400',
				description: 'The backup to restore, from Get Many Backups',
			},
			// A CIPP configuration backup's name, as Get Many Backups lists it (CIPPBackup_<date>).
			{ name: 'BackupName', in: 'body', validate: validate.matching(/^cippbackup_/i, 'CIPPBackup_2026-08-21-0400, from Get Many Backups') },
		),
		additionalFields([
			{
				property: {
					displayName: 'Selected Types',
					name: 'selectedTypes',
					type: 'string',
					default: '',
					placeholder: 'e.g. templates:IntuneTemplate, ScheduledTasks',
					description:
						'Restore only these tables, separated by commas (a table name, or templates:{kind} for one kind of template, as in the backup); names that match nothing restore nothing and fail the item',
				},
				send: { name: 'SelectedTypes', in: 'body', encoding: 'stringList' },
			},
		]),
	],
	// A Selected Types list that matches nothing restores nothing and CIPP still says "Successfully".
	refusals: [/Successfully restored 0 rows/],
	output: actionResult(),
};
