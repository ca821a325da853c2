import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { createReport } from './createReport.operation';
import { deleteReport } from './deleteReport.operation';
import { getManyAvailableTests } from './getManyAvailableTests.operation';
import { getManyReports } from './getManyReports.operation';
import { getManyResults } from './getManyResults.operation';
import { getManyTenantResults } from './getManyTenantResults.operation';
import { refreshTest } from './refreshTest.operation';
import { run } from './run.operation';
import { runCustomTests } from './runCustomTests.operation';

export const resource = { name: 'Tenant Test', value: 'tenantTest' };

export const operations: CippOperation[] = [
	getManyResults,
	getManyTenantResults,
	run,
	refreshTest,
	runCustomTests,
	getManyReports,
	createReport,
	deleteReport,
	getManyAvailableTests,
];

export const operationSelector = selectorFor('tenantTest', operations);
