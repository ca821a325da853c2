import { tenantSyncOperation } from '../shared/intune';

export const syncAppleDevices = tenantSyncOperation({
	value: 'syncAppleDevices',
	name: 'Sync Apple Devices',
	action: 'Sync devices from Apple Business Manager',
	description: 'Start a device sync with every Apple Business Manager (ADE/DEP) connection of a customer tenant',
	endpoint: 'ExecSyncDEP',
	role: 'Endpoint.MEM.ReadWrite',
	nothing: /^No Apple Business Manager connections found$/,
	followUp: 'Intune imports the devices in the background; Apple allows a full sync about once every 15 minutes.',
});
