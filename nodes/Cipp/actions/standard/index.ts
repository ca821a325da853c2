import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { cloneTemplateToDrift } from './cloneTemplateToDrift.operation';
import { createTemplate } from './createTemplate.operation';
import { deleteBpaTemplate } from './deleteBpaTemplate.operation';
import { deleteLegacyStandards } from './deleteLegacyStandards.operation';
import { advanceBaselineStage } from './advanceBaselineStage.operation';
import { deleteBaseline } from './deleteBaseline.operation';
import { getManyBaselines } from './getManyBaselines.operation';
import { getManyBaselineStandards } from './getManyBaselineStandards.operation';
import { runBaseline } from './runBaseline.operation';
import { getManyCopilotSettings } from './getManyCopilotSettings.operation';
import { setCopilotSetting } from './setCopilotSetting.operation';
import { getShadowAi } from './getShadowAi.operation';
import { sanctionAiTool } from './sanctionAiTool.operation';
import { getCopilotUsage } from './getCopilotUsage.operation';
import { getManyAgentPackages } from './getManyAgentPackages.operation';
import { getAgentPackage } from './getAgentPackage.operation';
import { setBaselineOverride } from './setBaselineOverride.operation';
import { getBaselineAlignment } from './getBaselineAlignment.operation';
import { getCurrentState } from './getCurrentState.operation';
import { getManyAlignments } from './getManyAlignments.operation';
import { getManyBpaResults } from './getManyBpaResults.operation';
import { getManyBpaTemplates } from './getManyBpaTemplates.operation';
import { getManyComparisons } from './getManyComparisons.operation';
import { getManyDomainAnalyses } from './getManyDomainAnalyses.operation';
import { getManyDrifts } from './getManyDrifts.operation';
import { resetDriftDeviations } from './resetDriftDeviations.operation';
import { runBpa } from './runBpa.operation';
import { runDomainAnalyser } from './runDomainAnalyser.operation';
import { setTemplateSchedule } from './setTemplateSchedule.operation';
import { updateBaselineDeviation } from './updateBaselineDeviation.operation';
import { updateDriftDeviation } from './updateDriftDeviation.operation';
import { cloneTemplate } from './cloneTemplate.operation';
import { createBpaTemplate } from './createBpaTemplate.operation';
import { createBaseline } from './createBaseline.operation';
import { updateGroupTemplate } from './updateGroupTemplate.operation';
import { updateCaTemplate } from './updateCaTemplate.operation';

export const resource = { name: 'Standard', value: 'standard' };

export const operations: CippOperation[] = [
	getManyComparisons,
	getCurrentState,
	getManyAlignments,
	getManyDrifts,
	updateDriftDeviation,
	resetDriftDeviations,
	createTemplate,
	setTemplateSchedule,
	cloneTemplateToDrift,
	deleteLegacyStandards,
	getManyBpaResults,
	runBpa,
	getManyBpaTemplates,
	deleteBpaTemplate,
	getManyDomainAnalyses,
	runDomainAnalyser,
	getManyBaselines,
	getManyBaselineStandards,
	runBaseline,
	advanceBaselineStage,
	getBaselineAlignment,
	updateBaselineDeviation,
	setBaselineOverride,
	deleteBaseline,
	getManyCopilotSettings,
	setCopilotSetting,
	getCopilotUsage,
	getManyAgentPackages,
	getAgentPackage,
	getShadowAi,
	sanctionAiTool,
	cloneTemplate,
	createBpaTemplate,
	createBaseline,
	updateGroupTemplate,
	updateCaTemplate,
];

export const operationSelector = selectorFor('standard', operations);
