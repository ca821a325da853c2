import { DLP, complianceOperation } from '../shared/compliance';

export const deleteDlpPolicyTemplate = complianceOperation(DLP, 'deleteTemplate');
