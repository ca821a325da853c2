import { actionResult } from '../common/outputs';
import { deviceParameter, tenantParameter } from '../common/parameters';
import type { CippOperation } from '../types';

export interface DeviceActionSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	/** The Graph managedDevice action CIPP's ExecDeviceAction passes on. */
	graphAction: string;
	/** What to do once Intune has carried the action out on the device. */
	followUp: string;
}

/**
 * One remote action as an operation of its own, for actions a workflow (or an AI agent) looks for
 * by name; Run Device Action offers every action in one list. Intune queues it for the device's
 * next check-in, so the item says it is queued.
 */
export function deviceActionOperation(spec: DeviceActionSpec): CippOperation {
	return {
		resource: 'intune',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		endpoint: 'ExecDeviceAction',
		method: 'POST',
		access: 'write',
		role: 'Endpoint.MEM.ReadWrite',
		parameters: [tenantParameter('body'), deviceParameter({ name: 'GUID', in: 'body' })],
		constants: { body: { Action: spec.graphAction } },
		output: actionResult({ queued: { followUp: spec.followUp } }),
	};
}
