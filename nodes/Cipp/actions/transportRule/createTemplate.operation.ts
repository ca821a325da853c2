import { templateCreate } from '../shared/exchangePolicy';
import { transportTemplates } from '../shared/transportRule';

export const createTemplate = templateCreate(transportTemplates);
