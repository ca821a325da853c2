import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { connectorParameter, connectorTypeParameter } from '../shared/transportRule';
import type { CippOperation } from '../types';

export const deleteConnector: CippOperation = {
	resource: 'transportRule',
	value: 'deleteConnector',
	name: 'Delete Connector',
	action: 'Delete an Exchange connector',
	description: 'Delete an inbound or outbound Exchange connector from the tenant',
	...writes('RemoveExConnector', 'Exchange.Connector.ReadWrite'),
	parameters: [tenantParameter('body'), connectorParameter, connectorTypeParameter],
	output: actionResult(),
};
