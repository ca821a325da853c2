import { LABEL, complianceOperation } from '../shared/compliance';

export const createSensitivityLabelTemplate = complianceOperation(LABEL, 'createTemplate');
