import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, flag, inQuery, text } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyBackups: CippOperation = {
	resource: 'administration',
	value: 'getManyBackups',
	name: 'Get Many Backups',
	action: 'Get many backups',
	description:
		"List stored backups, one item per backup: CIPP configuration backups, or with Type Scheduled the tenant backups. Name Only leaves out the backup's content.",
	...reads('ExecListBackup', 'CIPP.Backup.Read'),
	list: true,
	parameters: [
		additionalFields([
			choiceField(
				'Type',
				'type',
				'Leave out for CIPP configuration backups',
				inQuery('Type'),
				'Scheduled',
				choices({ 'Scheduled Tenant Backups': 'Scheduled' }),
			),
			text(
				'Tenant',
				'tenantFilter',
				'Only backups of this tenant (scheduled tenant backups), by its default domain: CIPP keys them by it, so a tenant ID would match nothing',
				inQuery('tenantFilter'),
				{ placeholder: 'e.g. contoso.onmicrosoft.com', check: validate.tenant({ allowAllTenants: false, defaultDomainOnly: true }) },
			),
			text('Backup Name', 'backupName', 'Only this backup, with its content', inQuery('BackupName'), {
				placeholder: 'e.g. CIPPBackup_2026-08-21-0400',
			}),
			flag('Name Only', 'nameOnly', 'Whether to return only names, dates and contents, without the backup data', inQuery('NameOnly'), true),
		]),
	],
	output: records,
};
