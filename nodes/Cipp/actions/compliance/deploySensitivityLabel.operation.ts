import { LABEL, complianceOperation } from '../shared/compliance';

export const deploySensitivityLabel = complianceOperation(LABEL, 'deploy');
