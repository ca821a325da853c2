import { RETENTION, complianceOperation } from '../shared/compliance';

export const getManyRetentionPolicyTemplates = complianceOperation(RETENTION, 'getManyTemplates');
