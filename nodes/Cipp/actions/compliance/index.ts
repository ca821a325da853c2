import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { createDlpPolicyTemplate } from './createDlpPolicyTemplate.operation';
import { createRetentionPolicyTemplate } from './createRetentionPolicyTemplate.operation';
import { createSensitiveInfoTypeTemplate } from './createSensitiveInfoTypeTemplate.operation';
import { createSensitivityLabelTemplate } from './createSensitivityLabelTemplate.operation';
import { deleteDlpPolicy } from './deleteDlpPolicy.operation';
import { deleteDlpPolicyTemplate } from './deleteDlpPolicyTemplate.operation';
import { deleteRetentionPolicy } from './deleteRetentionPolicy.operation';
import { deleteRetentionPolicyTemplate } from './deleteRetentionPolicyTemplate.operation';
import { deleteSensitiveInfoType } from './deleteSensitiveInfoType.operation';
import { deleteSensitiveInfoTypeTemplate } from './deleteSensitiveInfoTypeTemplate.operation';
import { deleteSensitivityLabel } from './deleteSensitivityLabel.operation';
import { deleteSensitivityLabelTemplate } from './deleteSensitivityLabelTemplate.operation';
import { deployDlpPolicy } from './deployDlpPolicy.operation';
import { deployRetentionPolicy } from './deployRetentionPolicy.operation';
import { deploySensitiveInfoType } from './deploySensitiveInfoType.operation';
import { deploySensitivityLabel } from './deploySensitivityLabel.operation';
import { getManyDlpPolicyTemplates } from './getManyDlpPolicyTemplates.operation';
import { getManyRetentionPolicies } from './getManyRetentionPolicies.operation';
import { getManyRetentionPolicyTemplates } from './getManyRetentionPolicyTemplates.operation';
import { getManySensitiveInfoTypeTemplates } from './getManySensitiveInfoTypeTemplates.operation';
import { getManySensitiveInfoTypes } from './getManySensitiveInfoTypes.operation';
import { getManySensitivityLabelTemplates } from './getManySensitivityLabelTemplates.operation';
import { getManySensitivityLabels } from './getManySensitivityLabels.operation';
import { getSensitiveInfoTypeRulePackage } from './getSensitiveInfoTypeRulePackage.operation';
import { updateDlpPolicy } from './updateDlpPolicy.operation';
import { updateRetentionPolicy } from './updateRetentionPolicy.operation';
import { updateSensitiveInfoType } from './updateSensitiveInfoType.operation';
import { updateSensitivityLabel } from './updateSensitivityLabel.operation';

export const resource = { name: 'Compliance', value: 'compliance' };

export const operations: CippOperation[] = [
	updateDlpPolicy,
	deleteDlpPolicy,
	deployDlpPolicy,
	getManyDlpPolicyTemplates,
	createDlpPolicyTemplate,
	deleteDlpPolicyTemplate,
	getManyRetentionPolicies,
	updateRetentionPolicy,
	deleteRetentionPolicy,
	deployRetentionPolicy,
	getManyRetentionPolicyTemplates,
	createRetentionPolicyTemplate,
	deleteRetentionPolicyTemplate,
	getManySensitiveInfoTypes,
	getSensitiveInfoTypeRulePackage,
	updateSensitiveInfoType,
	deleteSensitiveInfoType,
	deploySensitiveInfoType,
	getManySensitiveInfoTypeTemplates,
	createSensitiveInfoTypeTemplate,
	deleteSensitiveInfoTypeTemplate,
	getManySensitivityLabels,
	updateSensitivityLabel,
	deleteSensitivityLabel,
	deploySensitivityLabel,
	getManySensitivityLabelTemplates,
	createSensitivityLabelTemplate,
	deleteSensitivityLabelTemplate,
];

export const operationSelector = selectorFor('compliance', operations);
