import { RETENTION, complianceOperation } from '../shared/compliance';

export const deleteRetentionPolicyTemplate = complianceOperation(RETENTION, 'deleteTemplate');
