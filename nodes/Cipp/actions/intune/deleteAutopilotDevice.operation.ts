import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult, records } from '../common/readers';
import { autopilotDeviceIdParameter } from '../shared/intune';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();

/**
 * CIPP starts an Autopilot sync after the delete, outside its error handling: when Intune refuses
 * that sync (one per tenant every 10 minutes, e.g. after another delete), CIPP answers HTTP 500
 * although the device was deleted. On such a failure the node checks whether the device is gone:
 * if it is, the item succeeds with a warning; if not, CIPP's error stands.
 */
async function deleteThenCheck(context: StepContext): Promise<IDataObject[]> {
	const answer = await context.call(context.request, 'Endpoint.Autopilot.ReadWrite').then(
		(value) => ({ ok: true as const, value }),
		(error: unknown) => ({ ok: false as const, error: error as NodeApiError }),
	);
	if (answer.ok) return output(answer.value, context);
	const { tenantFilter, autopilotDeviceId } = context.values;
	const listed = await context
		.call({ method: 'GET', endpoint: 'ListAPDevices', qs: { tenantFilter } }, 'Endpoint.Autopilot.Read')
		.catch(() => undefined);
	const stillThere =
		listed === undefined || records(listed).some((device) => String(device.id).toLowerCase() === String(autopilotDeviceId).toLowerCase());
	// The device is still there (or could not be checked): CIPP's own error, already a NodeApiError, stands.
	if (stillThere) throw answer.error;
	return [
		{
			status: 'warning',
			message: `Deleted autopilot device ${String(autopilotDeviceId)}, but CIPP's Autopilot sync afterwards failed: ${answer.error.message}`,
			followUp: 'Run Intune → Sync Autopilot Devices in 10 minutes (Intune allows one sync per tenant every 10 minutes).',
		},
	];
}

export const deleteAutopilotDevice: CippOperation = {
	resource: 'intune',
	value: 'deleteAutopilotDevice',
	name: 'Delete Autopilot Device',
	action: 'Delete an Autopilot device',
	description:
		'Remove a device from Windows Autopilot in a customer tenant (deregister its hardware hash), then start an Autopilot sync. Intune allows one sync per tenant every 10 minutes: when CIPP reports the sync failed, the node checks the device is gone and then reports a warning instead of a failure.',
	...writes('RemoveAPDevice', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [tenantParameter('body'), autopilotDeviceIdParameter('ID')],
	output,
	run: deleteThenCheck,
};
