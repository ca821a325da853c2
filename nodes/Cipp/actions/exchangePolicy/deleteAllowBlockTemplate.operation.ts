import { allowBlockTemplates, templateDelete } from '../shared/exchangePolicy';

export const deleteAllowBlockTemplate = templateDelete(allowBlockTemplates);
