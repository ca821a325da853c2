import { writes } from '../common/endpoints';
import { flag } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setAutoBackup: CippOperation = {
	resource: 'administration',
	value: 'setAutoBackup',
	name: 'Set Auto Backup',
	action: 'Turn the daily CIPP backup on or off',
	description: 'Turn the daily automatic backup of the CIPP configuration on (a scheduled task "Automated CIPP Backup") or off',
	...writes('ExecSetCIPPAutoBackup', 'CIPP.Backup.ReadWrite'),
	parameters: [flag('Enabled', 'enabled', 'Whether CIPP backs its configuration up every day', 'Enabled', true)],
	output: actionResult(),
};
