import { SIT, complianceOperation } from '../shared/compliance';

export const updateSensitiveInfoType = complianceOperation(SIT, 'update');
