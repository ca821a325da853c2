import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { addServiceProviderExclusion } from './addServiceProviderExclusion.operation';
import { createTemplate } from './createTemplate.operation';
import { deletePolicy } from './delete.operation';
import { deleteTemplate } from './deleteTemplate.operation';
import { deployTemplate } from './deployTemplate.operation';
import { getManyPolicyChanges } from './getManyPolicyChanges.operation';
import { getManyTemplates } from './getManyTemplates.operation';
import { update } from './update.operation';
import { updateFromJson } from './updateFromJson.operation';
import { whatIf } from './whatIf.operation';
import { createTemplateFromJson } from './createTemplateFromJson.operation';

export const resource = { name: 'Conditional Access', value: 'conditionalAccess' };

export const operations: CippOperation[] = [
	getManyTemplates,
	createTemplate,
	deployTemplate,
	deleteTemplate,
	update,
	updateFromJson,
	deletePolicy,
	addServiceProviderExclusion,
	getManyPolicyChanges,
	whatIf,
	createTemplateFromJson,
];

export const operationSelector = selectorFor('conditionalAccess', operations, 'getManyTemplates');
