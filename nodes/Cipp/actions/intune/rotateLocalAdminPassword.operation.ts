import { deviceActionOperation } from '../shared/intune';

export const rotateLocalAdminPassword = deviceActionOperation({
	value: 'rotateLocalAdminPassword',
	name: 'Rotate Local Admin Password',
	action: "Rotate a Windows device's LAPS password",
	description:
		"Make a Windows device set a new Windows LAPS local administrator password and back it up to Microsoft Entra ID, e.g. after the old one was used or shared. Intune queues it for the device's next check-in.",
	graphAction: 'RotateLocalAdminPassword',
	followUp:
		'Read the new password with Get Local Admin Password once the device has checked in and backed it up (its backup time changes).',
});
