import { connectionFilterTemplates, templateList } from '../shared/exchangePolicy';

export const getManyConnectionFilterTemplates = templateList(connectionFilterTemplates);
