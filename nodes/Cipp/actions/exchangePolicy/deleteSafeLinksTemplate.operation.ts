import { safeLinksTemplates, templateDelete } from '../shared/exchangePolicy';

export const deleteSafeLinksTemplate = templateDelete(safeLinksTemplates);
