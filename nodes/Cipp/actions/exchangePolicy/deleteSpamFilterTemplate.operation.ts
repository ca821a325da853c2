import { spamFilterTemplates, templateDelete } from '../shared/exchangePolicy';

export const deleteSpamFilterTemplate = templateDelete(spamFilterTemplates);
