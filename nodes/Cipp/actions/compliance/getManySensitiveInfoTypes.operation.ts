import { SIT, complianceOperation } from '../shared/compliance';

export const getManySensitiveInfoTypes = complianceOperation(SIT, 'getMany');
