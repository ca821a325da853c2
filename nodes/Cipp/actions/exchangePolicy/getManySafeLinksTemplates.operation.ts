import { safeLinksTemplates, templateList } from '../shared/exchangePolicy';

export const getManySafeLinksTemplates = templateList(safeLinksTemplates);
