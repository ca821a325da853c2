import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { getBaselineAlignment } from './getBaselineAlignment.operation';
import { getCurrentState } from './getCurrentState.operation';
import { getManyAlignments } from './getManyAlignments.operation';
import { getManyComparisons } from './getManyComparisons.operation';
import { getManyDrifts } from './getManyDrifts.operation';
import { resetDriftDeviations } from './resetDriftDeviations.operation';
import { updateBaselineDeviation } from './updateBaselineDeviation.operation';
import { updateDriftDeviation } from './updateDriftDeviation.operation';

export const resource = { name: 'Standard', value: 'standard' };

export const operations: CippOperation[] = [
	getManyComparisons,
	getCurrentState,
	getManyAlignments,
	getManyDrifts,
	updateDriftDeviation,
	resetDriftDeviations,
	getBaselineAlignment,
	updateBaselineDeviation,
];

export const operationSelector = selectorFor('standard', operations);
