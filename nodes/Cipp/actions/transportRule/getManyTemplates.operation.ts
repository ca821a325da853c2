import { templateList } from '../shared/exchangePolicy';
import { transportTemplates } from '../shared/transportRule';

export const getManyTemplates = templateList(transportTemplates);
