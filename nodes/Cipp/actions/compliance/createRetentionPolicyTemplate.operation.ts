import { RETENTION, complianceOperation } from '../shared/compliance';

export const createRetentionPolicyTemplate = complianceOperation(RETENTION, 'createTemplate');
