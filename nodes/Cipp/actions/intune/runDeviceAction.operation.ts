import { deviceParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const runDeviceAction: CippOperation = {
	resource: 'intune',
	value: 'runDeviceAction',
	name: 'Run Device Action',
	action: 'Run a remote action on an Intune device',
	description:
		'Send a remote action (sync, reboot, locate, retire, wipe, Defender scan, delete...) to an Intune managed device. Intune queues it for the device\'s next check-in; the answer says it was queued.',
	endpoint: 'ExecDeviceAction',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.MEM.ReadWrite',
	parameters: [
		tenantParameter('body'),
		deviceParameter({ name: 'GUID', in: 'body' }),
		{
			property: {
				displayName: 'Action',
				name: 'deviceAction',
				type: 'options',
				required: true,
				default: 'syncDevice',
				description: 'What the device should do. Wipe and Fresh Start do not keep user data; Delete removes the device from Intune.',
				options: [
					{ name: 'Collect Diagnostic Logs', value: 'createDeviceLogCollectionRequest' },
					{ name: 'Delete From Intune', value: 'delete' },
					{ name: 'Fresh Start (Windows)', value: 'cleanWindowsDevice' },
					{ name: 'Locate Device', value: 'locateDevice' },
					{ name: 'Reboot Now', value: 'rebootNow' },
					{ name: 'Reset Passcode', value: 'resetPasscode' },
					{ name: 'Retire (Remove Company Data)', value: 'retire' },
					{ name: 'Rotate Local Admin Password', value: 'RotateLocalAdminPassword' },
					{ name: 'Run Windows Defender Full Scan', value: 'WindowsDefenderScan' },
					{ name: 'Sync', value: 'syncDevice' },
					{ name: 'Update Windows Defender Signatures', value: 'windowsDefenderUpdateSignatures' },
					{ name: 'Wipe (Factory Reset)', value: 'wipe' },
				],
			},
			send: { name: 'Action', in: 'body' },
		},
	],
	output: actionResult(),
};
