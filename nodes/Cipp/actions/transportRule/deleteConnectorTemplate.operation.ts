import { templateDelete } from '../shared/exchangePolicy';
import { connectorTemplates } from '../shared/transportRule';

export const deleteConnectorTemplate = templateDelete(connectorTemplates);
