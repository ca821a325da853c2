import { templateList } from '../shared/exchangePolicy';
import { connectorTemplates } from '../shared/transportRule';

export const getManyConnectorTemplates = templateList(connectorTemplates);
