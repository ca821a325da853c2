import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyConnectors: CippOperation = {
	resource: 'transportRule',
	value: 'getManyConnectors',
	name: 'Get Many Connectors',
	action: 'Get many Exchange connectors',
	description:
		'List the inbound and outbound Exchange Online connectors of a tenant, one item per connector; cippconnectortype says which direction it is',
	...reads('ListExchangeConnectors', 'Exchange.Connector.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: records,
};
