import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { deviceParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

const queuedAction = actionResult({
	queued: { followUp: "Intune carries the action out at the device's next check-in: Intune → Get Many Devices shows the device's state" },
});
const deleted = actionResult();

/**
 * Intune queues every action but Delete for the device's next check-in, so the item says queued, as
 * the dedicated device operations do. Delete is done at once, and CIPP answers it with an empty
 * message (New-CIPPDeviceAction never sets one): the node says what was done.
 */
function deviceActionOutput(response: unknown, context: OutputContext): IDataObject[] {
	if (String(context.values.deviceAction).toLowerCase() !== 'delete') return queuedAction(response, context);
	const [item] = deleted(response, context);
	if (item.status !== 'unconfirmed') return [item];
	return [
		{
			status: 'success',
			message: `Deleted device ${String(context.request.body && (context.request.body as IDataObject).GUID)} from Intune`,
		},
	];
}

export const runDeviceAction: CippOperation = {
	resource: 'intune',
	value: 'runDeviceAction',
	name: 'Run Device Action',
	action: 'Run a remote action on an Intune device',
	description:
		"Send a remote action (sync, reboot, locate, retire, wipe, Defender scan, delete...) to an Intune managed device. Intune queues it for the device's next check-in: the item has status queued. Delete From Intune is done at once (status success).",
	...writes('ExecDeviceAction', 'Endpoint.MEM.ReadWrite'),
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
					{
						name: 'Run Windows Defender Full Scan',
						value: 'WindowsDefenderScan',
						description: 'CIPP passes no quickScan flag (its own UI sends false): Microsoft Graph decides the scan type',
					},
					{ name: 'Sync', value: 'syncDevice' },
					{ name: 'Update Windows Defender Signatures', value: 'windowsDefenderUpdateSignatures' },
					{ name: 'Wipe (Factory Reset)', value: 'wipe' },
				],
			},
			send: { name: 'Action', in: 'body' },
		},
	],
	output: deviceActionOutput,
};
