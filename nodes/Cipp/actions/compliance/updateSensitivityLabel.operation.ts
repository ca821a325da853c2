import { LABEL, complianceOperation } from '../shared/compliance';

export const updateSensitivityLabel = complianceOperation(LABEL, 'update');
