import { SIT, complianceOperation } from '../shared/compliance';

export const deleteSensitiveInfoTypeTemplate = complianceOperation(SIT, 'deleteTemplate');
