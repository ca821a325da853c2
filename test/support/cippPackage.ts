import { CippApi } from '../../credentials/CippApi.credentials';
import { Cipp } from '../../nodes/Cipp/Cipp.node';
import type { Package } from '../harness/runWorkflow';

export const NODE_TYPE = 'n8n-nodes-cipp-toolkit.cipp';

/** The package as n8n loads it: its node under the package's type name, and its credential. */
export const cippPackage: Package = {
	nodes: { [NODE_TYPE]: new Cipp() },
	credentials: { cippApi: new CippApi() },
};
