import { LABEL, complianceOperation } from '../shared/compliance';

export const deleteSensitivityLabelTemplate = complianceOperation(LABEL, 'deleteTemplate');
