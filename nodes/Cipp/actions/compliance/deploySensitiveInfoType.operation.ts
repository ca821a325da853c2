import { SIT, complianceOperation } from '../shared/compliance';

export const deploySensitiveInfoType = complianceOperation(SIT, 'deploy');
