import type { BeyondSpec } from './types';

/** Endpoint: applications, Autopilot, MEM and reports. */

export const beyondSpec: Record<string, BeyondSpec> = {
	ExecRenameAPDevice: {
		corrected: { body: { displayName: 'string' } },
		source:
			'Endpoint/Autopilot/Invoke-ExecRenameAPDevice.ps1 (:17 reads one name, :20-27 check its length and characters, :35 sends it to Graph as displayName)',
	},
	ExecSetAPDeviceGroupTag: {
		corrected: { body: { groupTag: 'string' } },
		source:
			'Endpoint/Autopilot/Invoke-ExecSetAPDeviceGroupTag.ps1 (:18 reads one tag, :21 checks its length, :31 sends it to Graph as groupTag)',
	},
	AddDefenderDeployment: {
		corrected: { body: { selectedTenants: 'labelValue[]' } },
		source: 'Endpoint/MEM/Invoke-AddDefenderDeployment.ps1 (:14 reads ($Request.Body.selectedTenants).value: a list of {value, label})',
	},
};
