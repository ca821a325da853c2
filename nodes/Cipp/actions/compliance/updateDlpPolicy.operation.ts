import { DLP, complianceOperation } from '../shared/compliance';

export const updateDlpPolicy = complianceOperation(DLP, 'update');
