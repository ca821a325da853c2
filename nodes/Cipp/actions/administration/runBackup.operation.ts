import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const runBackup: CippOperation = {
	resource: 'administration',
	value: 'runBackup',
	name: 'Run Backup',
	action: 'Back up the CIPP configuration now',
	description:
		"Create a backup of CIPP's configuration (templates, standards, extensions, scheduled tasks, API clients and more); find it with Get Many Backups",
	...writes('ExecRunBackup', 'CIPP.AppSettings.ReadWrite'),
	parameters: [],
	output: actionResult(),
};
