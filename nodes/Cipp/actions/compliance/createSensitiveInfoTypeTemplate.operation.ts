import { SIT, complianceOperation } from '../shared/compliance';

export const createSensitiveInfoTypeTemplate = complianceOperation(SIT, 'createTemplate');
