import { DLP, complianceOperation } from '../shared/compliance';

export const createDlpPolicyTemplate = complianceOperation(DLP, 'createTemplate');
