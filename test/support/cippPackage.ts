import { CippApi } from '../../credentials/CippApi.credentials';
import { Cipp } from '../../nodes/Cipp/Cipp.node';
import type { Package } from '../harness/runWorkflow';
import { NODE_TYPE } from './workflows';

export { NODE_TYPE };

/** The package as n8n loads it: its node under the package's type name, and its credential. */
export const cippPackage: Package = {
	nodes: { [NODE_TYPE]: new Cipp() },
	credentials: { cippApi: new CippApi() },
};
