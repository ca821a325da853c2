import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { deleteReport } from './deleteReport.operation';
import { deleteTemplate } from './deleteTemplate.operation';
import { generateReport } from './generateReport.operation';
import { getManyReports } from './getManyReports.operation';
import { getManyTemplates } from './getManyTemplates.operation';
import { saveTemplate } from './saveTemplate.operation';

export const resource = { name: 'Report Builder', value: 'reportBuilder' };

export const operations: CippOperation[] = [getManyTemplates, saveTemplate, generateReport, getManyReports, deleteReport, deleteTemplate];

export const operationSelector = selectorFor('reportBuilder', operations);
