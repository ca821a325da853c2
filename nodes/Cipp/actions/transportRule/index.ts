import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { create } from './create.operation';
import { createConnector } from './createConnector.operation';
import { createConnectorTemplate } from './createConnectorTemplate.operation';
import { createTemplate } from './createTemplate.operation';
import { deleteRule } from './delete.operation';
import { deleteConnector } from './deleteConnector.operation';
import { deleteConnectorTemplate } from './deleteConnectorTemplate.operation';
import { deleteTemplate } from './deleteTemplate.operation';
import { deploy } from './deploy.operation';
import { getMany } from './getMany.operation';
import { getManyConnectors } from './getManyConnectors.operation';
import { getManyConnectorTemplates } from './getManyConnectorTemplates.operation';
import { getManyTemplates } from './getManyTemplates.operation';
import { setConnectorState } from './setConnectorState.operation';
import { setState } from './setState.operation';
import { update } from './update.operation';

export const resource = { name: 'Transport Rule', value: 'transportRule' };

export const operations: CippOperation[] = [
	getMany,
	create,
	update,
	setState,
	deleteRule,
	deploy,
	getManyTemplates,
	createTemplate,
	deleteTemplate,
	getManyConnectors,
	createConnector,
	setConnectorState,
	deleteConnector,
	getManyConnectorTemplates,
	createConnectorTemplate,
	deleteConnectorTemplate,
];

export const operationSelector = selectorFor('transportRule', operations, 'getMany');
