import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { create } from './create.operation';
import { createTemplate } from './createTemplate.operation';
import { deleteContact } from './delete.operation';
import { deleteTemplate } from './deleteTemplate.operation';
import { deployTemplate } from './deployTemplate.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { getManyTemplates } from './getManyTemplates.operation';
import { update } from './update.operation';
import { updateTemplate } from './updateTemplate.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: CippOperation[] = [
	getMany,
	get,
	create,
	update,
	deleteContact,
	getManyTemplates,
	createTemplate,
	deployTemplate,
	updateTemplate,
	deleteTemplate,
];

export const operationSelector = selectorFor('contact', operations);
