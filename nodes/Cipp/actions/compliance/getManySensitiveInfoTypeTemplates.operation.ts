import { SIT, complianceOperation } from '../shared/compliance';

export const getManySensitiveInfoTypeTemplates = complianceOperation(SIT, 'getManyTemplates');
