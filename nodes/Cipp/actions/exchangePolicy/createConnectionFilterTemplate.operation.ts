import { connectionFilterTemplates, templateCreate } from '../shared/exchangePolicy';

export const createConnectionFilterTemplate = templateCreate(connectionFilterTemplates);
