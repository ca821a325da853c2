import { operationSelector as selectorFor } from '../common/descriptions';
import { create } from './create.operation';
import { createTeam } from './createTeam.operation';
import { createTemplate } from './createTemplate.operation';
import { deleteGroup } from './delete.operation';
import { deleteTemplate } from './deleteTemplate.operation';
import { get } from './get.operation';
import { getDeliveryManagement } from './getDeliveryManagement.operation';
import { getMany } from './getMany.operation';
import { getManyTemplates } from './getManyTemplates.operation';
import { hideFromGal } from './hideFromGal.operation';
import { setDeliveryManagement } from './setDeliveryManagement.operation';
import { update } from './update.operation';

export const resource = { name: 'Group', value: 'group' };

export const operations = [
	get,
	getMany,
	create,
	update,
	deleteGroup,
	hideFromGal,
	getDeliveryManagement,
	setDeliveryManagement,
	createTeam,
	getManyTemplates,
	createTemplate,
	deleteTemplate,
];

export const operationSelector = selectorFor('group', operations, 'getAll');
