import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { templatePicker } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { groupSettings } from '../shared/group';
import { EDIT_TEMPLATE_REFUSALS, EDIT_TEMPLATE_ROLE, editTemplateRun } from '../shared/standard-templateEdit';
import type { CippOperation } from '../types';

/** A membership rule only means something for the dynamic kinds (AddGroupTemplate :40-42). */
const DYNAMIC = /^dynamic/i;

export const updateGroupTemplate: CippOperation = {
	resource: 'standard',
	value: 'updateGroupTemplate',
	name: 'Update Group Template',
	action: 'Update a group template',
	description:
		"Change fields of a group template; the template is read first and the fields not given keep their stored values. A template synced from a community repository is refused, as that repository's next sync would overwrite the change.",
	...writes('ExecEditTemplate', EDIT_TEMPLATE_ROLE),
	constants: { query: { Type: 'GroupTemplate' } },
	parameters: [
		templatePicker('searchGroupTemplates', 'The group template to change, from the list or by its GUID (from Group → Get Many Templates)', {
			name: 'GUID',
			in: 'body',
		}),
		additionalFields([
			text('Display Name', 'displayName', 'A new name for groups made from the template', 'displayName'),
			text('Alias', 'username', 'A new mail nickname; may contain %tenantfilter%', 'username'),
			...groupSettings.map((setting) =>
				setting.property.name === 'licenses' ? { ...setting, send: { ...setting.send, encoding: 'stringList' as const } } : setting,
			),
		]),
	],
	refusals: EDIT_TEMPLATE_REFUSALS,
	output: actionResult(),
	run: editTemplateRun({
		label: 'group template',
		list: { endpoint: 'ListGroupTemplates', role: 'Identity.Group.Read' },
		check: (stored, given, context) => {
			if (given.membershipRules === undefined || DYNAMIC.test(String(stored.groupType))) return;
			validate.invalid(
				{ node: context.node, field: 'Membership Rule', itemIndex: context.itemIndex, access: 'write' },
				`the template makes ${String(stored.groupType)} groups, which have no membership rule.`,
				'Leave Membership Rule empty, or save a dynamic group template with Group → Create Template.',
			);
		},
	}),
};
