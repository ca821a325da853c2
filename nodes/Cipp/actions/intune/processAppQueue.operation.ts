import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const processAppQueue: CippOperation = {
	resource: 'intune',
	value: 'processAppQueue',
	name: 'Process App Queue',
	action: "Deploy CIPP's queued apps now",
	description:
		"Start deploying every app in CIPP's app queue to its tenant now, instead of at CIPP's next 12-hourly run. Runs in the background. CIPP takes each app out of the queue before deploying it, so the queue empties whether or not the deployment works: failures are only in CIPP's logbook.",
	...writes('ExecAppUpload', 'Endpoint.Application.ReadWrite'),
	parameters: [],
	output: actionResult({
		queued: {
			followUp:
				'Apps leave the queue when CIPP starts deploying them, failed or not: check Intune → Get Many Apps for each app and its assignment, and CIPP → Logbook for failures',
		},
	}),
};
