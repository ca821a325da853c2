/** CIPP endpoints behind the node's intune operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import { appEndpoints } from './intune/apps';
import { autopilotEndpoints } from './intune/autopilot';
import { compareEndpoints } from './intune/compare';
import { defenderEndpoints } from './intune/defender';
import { deviceEndpoints } from './intune/devices';
import { editEndpoints } from './intune/edits';
import { memEndpoints } from './intune/mem';
import { policyEndpoints } from './intune/policies';
import { reportEndpoints } from './intune/reports';
import { templateEndpoints } from './intune/templates';
import { ExecSendOrgMessage } from './intune/orgMessage';

export const endpoints: Endpoint[] = [
	...deviceEndpoints,
	...autopilotEndpoints,
	...appEndpoints,
	...policyEndpoints,
	...reportEndpoints,
	...memEndpoints,
	...templateEndpoints,
	...editEndpoints,
	...compareEndpoints,
	...defenderEndpoints,
	ExecSendOrgMessage,
];
