import { RETENTION, complianceOperation } from '../shared/compliance';

export const updateRetentionPolicy = complianceOperation(RETENTION, 'update');
