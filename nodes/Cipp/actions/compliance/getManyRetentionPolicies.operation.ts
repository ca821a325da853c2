import { RETENTION, complianceOperation } from '../shared/compliance';

export const getManyRetentionPolicies = complianceOperation(RETENTION, 'getMany');
