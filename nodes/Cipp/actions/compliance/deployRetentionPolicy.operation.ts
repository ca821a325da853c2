import { RETENTION, complianceOperation } from '../shared/compliance';

export const deployRetentionPolicy = complianceOperation(RETENTION, 'deploy');
