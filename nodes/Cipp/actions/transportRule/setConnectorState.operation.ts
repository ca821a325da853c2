import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { stateParameter } from '../shared/exchangePolicy';
import { connectorParameter, connectorTypeParameter } from '../shared/transportRule';
import type { CippOperation } from '../types';

export const setConnectorState: CippOperation = {
	resource: 'transportRule',
	value: 'setConnectorState',
	name: 'Enable or Disable Connector',
	action: 'Enable or disable an Exchange connector',
	description: 'Turn an inbound or outbound Exchange connector on or off without changing its settings',
	...writes('EditExConnector', 'Exchange.Connector.ReadWrite'),
	parameters: [tenantParameter('body'), connectorParameter, connectorTypeParameter, stateParameter('State', ['Enable', 'Disable'])],
	output: actionResult(),
};
