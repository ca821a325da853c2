import { LABEL, complianceOperation } from '../shared/compliance';

export const getManySensitivityLabels = complianceOperation(LABEL, 'getMany');
