import { LABEL, complianceOperation } from '../shared/compliance';

export const deleteSensitivityLabel = complianceOperation(LABEL, 'delete');
