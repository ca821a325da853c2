import { DLP, complianceOperation } from '../shared/compliance';

export const deleteDlpPolicy = complianceOperation(DLP, 'delete');
