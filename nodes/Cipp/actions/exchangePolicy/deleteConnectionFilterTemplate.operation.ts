import { connectionFilterTemplates, templateDelete } from '../shared/exchangePolicy';

export const deleteConnectionFilterTemplate = templateDelete(connectionFilterTemplates);
