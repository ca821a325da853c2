import { templateDelete } from '../shared/exchangePolicy';
import { transportTemplates } from '../shared/transportRule';

export const deleteTemplate = templateDelete(transportTemplates);
