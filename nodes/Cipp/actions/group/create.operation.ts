import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, flag, requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { groupSettings, newGroupTypeParameter } from '../shared/group';
import type { CippOperation, ValueCheck } from '../types';

const DYNAMIC = ['dynamic', 'dynamicdistribution'];

export const create: CippOperation = {
	resource: 'group',
	value: 'create',
	name: 'Create',
	action: 'Create a group',
	description:
		'Create a group in a tenant: security (optionally role-assignable or dynamic), Microsoft 365, distribution list, dynamic distribution list or mail-enabled security, with owners and members. CIPP does not create a group again when one with the same display name was created in the tenant in the last 10 minutes, yet reports success. Licences are assigned on a best-effort basis: a failure is only logged.',
	...writes('AddGroup', 'Identity.Group.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredLine('Display Name', 'displayName', "The group's name", 'displayName', { placeholder: 'e.g. Sales Team' }),
		requiredLine('Alias', 'username', 'The mail nickname; mail-enabled groups get alias@domain as their address', 'username', {
			placeholder: 'e.g. sales',
		}),
		newGroupTypeParameter,
		additionalFields([
			...groupSettings,
			{
				property: {
					displayName: 'Domain',
					name: 'primDomain',
					type: 'string',
					default: '',
					placeholder: 'e.g. contoso.com',
					description: "The domain of the group's address (default: the tenant's domain as given above)",
				},
				send: { name: 'primDomain', in: 'body', encoding: 'labelValue', validate: validate.text },
			},
			{
				property: {
					displayName: 'Owners',
					name: 'owners',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane.doe@contoso.com',
					description: 'Owners: user principal names or object IDs, separated by commas',
				},
				send: { name: 'owners', in: 'body', encoding: 'labelValueList' },
			},
			{
				property: {
					displayName: 'Members',
					name: 'members',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane.doe@contoso.com, john.smith@contoso.com',
					description: 'Members (not for dynamic groups): user principal names or object IDs, separated by commas',
				},
				send: { name: 'members', in: 'body', encoding: 'labelValueList' },
			},
			flag(
				'Subscribe Members',
				'subscribeMembers',
				"Whether members of a Microsoft 365 group get the group's email and events in their own inbox",
				'subscribeMembers',
			),
			flag('Disable Nesting', 'disableNesting', 'Whether the security group may not be nested in other groups', 'disableNesting'),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		const check = (field: string): ValueCheck => ({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' });
		// New-CIPPGroup makes a group dynamic only when it has a rule: without one it creates a static group.
		if (DYNAMIC.includes(String(body.groupType)) && !body.membershipRules) {
			validate.invalid(
				check('Membership Rule'),
				'a dynamic group needs a membership rule; without one CIPP creates a static group instead.',
				'Add Membership Rule under Additional Fields, e.g. (user.department -eq "Sales").',
			);
		}
		// CIPP subscribes members with Set-UnifiedGroup once the group exists: for any other type that
		// fails after the group was created, and CIPP answers "Failed to create group".
		if (body.subscribeMembers === true && body.groupType !== 'm365') {
			validate.invalid(
				check('Subscribe Members'),
				'only Microsoft 365 groups can subscribe members.',
				'Turn Subscribe Members off, or choose Microsoft 365 Group.',
			);
		}
		return create.output(await context.call(context.request, create.role), context);
	},
};
