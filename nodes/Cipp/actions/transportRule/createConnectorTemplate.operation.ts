import { templateCreate } from '../shared/exchangePolicy';
import { connectorTemplates } from '../shared/transportRule';

export const createConnectorTemplate = templateCreate(connectorTemplates);
