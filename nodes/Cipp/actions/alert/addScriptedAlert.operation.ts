import { writes } from '../common/endpoints';
import { scheduledTaskOperation } from '../shared/scheduler';

export const addScriptedAlert = scheduledTaskOperation({
	resource: 'alert',
	value: 'addScriptedAlert',
	name: 'Add Scripted Alert',
	action: 'Add a scripted alert',
	description:
		'Add a scripted alert (a Get-CIPPAlert* command, e.g. Get-CIPPAlertMFAAdmins) for a tenant, AllTenants or a tenant group, once or recurring, sending its findings by webhook, email or PSA ticket; CIPP keeps it as a hidden scheduled task; returns its ID',
	...writes('AddScriptedAlert', 'CIPP.Alert.ReadWrite'),
	excludedTenants: false,
});
