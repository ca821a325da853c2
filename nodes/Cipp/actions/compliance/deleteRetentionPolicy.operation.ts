import { RETENTION, complianceOperation } from '../shared/compliance';

export const deleteRetentionPolicy = complianceOperation(RETENTION, 'delete');
