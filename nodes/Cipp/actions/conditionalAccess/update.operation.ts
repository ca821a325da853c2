import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { check, policyParameter, stateProperty } from '../shared/conditionalAccess';
import type { CippOperation } from '../types';

export const update: CippOperation = {
	resource: 'conditionalAccess',
	value: 'update',
	name: 'Update',
	action: 'Update a conditional access policy',
	description: 'Turn a Conditional Access policy on, off or to report-only, or rename it',
	...writes('EditCAPolicy', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		policyParameter({ name: 'GUID', in: 'body', validate: validate.guid }),
		additionalFields([
			{ property: stateProperty, send: { name: 'State', in: 'body' } },
			textField(
				{ displayName: 'New Display Name', name: 'newDisplayName', placeholder: 'e.g. Require MFA for admins' },
				{ name: 'newDisplayName', in: 'body' },
			),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const body = context.request.body as IDataObject;
		// Without either CIPP PATCHes {} and still answers "Successfully updated CA policy".
		if (body.State === undefined && body.newDisplayName === undefined) {
			validate.invalid(
				check(context, 'Additional Fields'),
				'nothing to change: CIPP would send an empty update and still answer "Successfully updated".',
				'Add State or New Display Name.',
			);
		}
		return update.output(await context.call(context.request, update.role), context);
	},
};
