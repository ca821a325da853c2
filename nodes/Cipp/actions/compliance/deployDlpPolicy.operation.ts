import { DLP, complianceOperation } from '../shared/compliance';

export const deployDlpPolicy = complianceOperation(DLP, 'deploy');
