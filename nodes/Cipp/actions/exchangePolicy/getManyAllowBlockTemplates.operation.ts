import { allowBlockTemplates, templateList } from '../shared/exchangePolicy';

export const getManyAllowBlockTemplates = templateList(allowBlockTemplates);
