import { SIT, complianceOperation } from '../shared/compliance';

export const deleteSensitiveInfoType = complianceOperation(SIT, 'delete');
