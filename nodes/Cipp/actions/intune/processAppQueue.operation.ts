import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const processAppQueue: CippOperation = {
	resource: 'intune',
	value: 'processAppQueue',
	name: 'Process App Queue',
	action: "Deploy CIPP's queued apps now",
	description:
		"Start deploying every app in CIPP's app queue to its tenant now, instead of at CIPP's next 12-hourly run. Runs in the background.",
	endpoint: 'ExecAppUpload',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.Application.ReadWrite',
	parameters: [],
	output: actionResult({
		queued: { followUp: 'Check CIPP → Logbook, Intune → Get Many Queued Apps (deployed apps leave the queue) and Intune → Get Many Apps' },
	}),
};
