import { LABEL, complianceOperation } from '../shared/compliance';

export const getManySensitivityLabelTemplates = complianceOperation(LABEL, 'getManyTemplates');
