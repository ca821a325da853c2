import { DLP, complianceOperation } from '../shared/compliance';

export const getManyDlpPolicyTemplates = complianceOperation(DLP, 'getManyTemplates');
