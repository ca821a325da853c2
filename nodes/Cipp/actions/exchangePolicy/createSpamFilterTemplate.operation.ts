import { spamFilterTemplates, templateCreate } from '../shared/exchangePolicy';

export const createSpamFilterTemplate = templateCreate(spamFilterTemplates);
