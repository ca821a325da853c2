import { operationSelector as selectorFor } from '../common/descriptions';
import { deletePermission } from './delete.operation';
import { getMany } from './getMany.operation';
import { modify } from './modify.operation';
import { set } from './set.operation';
import { setCalendarProcessing } from './setCalendarProcessing.operation';

export const resource = { name: 'Calendar Permission', value: 'calendarPermission' };

export const operations = [getMany, set, deletePermission, modify, setCalendarProcessing];

export const operationSelector = selectorFor('calendarPermission', operations, 'getAll');
