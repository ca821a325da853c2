import { writes } from '../common/endpoints';
import { namedCollection, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { assignmentFilterParameter, assignmentFilterRuleField, requireAnyOf } from '../shared/intune';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();

/** Without a change CIPP still answers "Successfully updated": refused before sending. */
async function updateSomething(context: StepContext) {
	requireAnyOf(
		context,
		['displayName', 'description', 'rule'],
		'Update Fields',
		'nothing to change: Update Fields is empty.',
		'Add Display Name, Description or Rule under Update Fields.',
	);
	return output(await context.call(context.request, 'Endpoint.MEM.ReadWrite'), context);
}

export const updateAssignmentFilter: CippOperation = {
	resource: 'intune',
	value: 'updateAssignmentFilter',
	name: 'Update Assignment Filter',
	action: 'Update an Intune assignment filter',
	description: "Change an assignment filter's name, description or rule; its platform and type cannot change",
	...writes('EditAssignmentFilter', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		assignmentFilterParameter({ name: 'filterId', in: 'body' }),
		namedCollection('Update Fields', 'updateFields', 'Add Field', [
			text('Display Name', 'displayName', 'The new name of the filter', 'displayName'),
			text('Description', 'description', 'The new description', 'description', { check: validate.longText }),
			assignmentFilterRuleField,
		]),
	],
	output,
	run: updateSomething,
};
