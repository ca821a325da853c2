import { spamFilterTemplates, templateList } from '../shared/exchangePolicy';

export const getManySpamFilterTemplates = templateList(spamFilterTemplates);
