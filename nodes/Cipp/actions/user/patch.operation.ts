import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, requiredParameter, text } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

/** Fields PatchUser takes for itself: everything else in the body goes to Graph's PATCH as it is. */
const ROUTING = ['id', 'tenantFilter', 'manager', 'sponsor'];

export const patch: CippOperation = {
	resource: 'user',
	value: 'patch',
	name: 'Patch Properties',
	action: "Patch any of a user's Microsoft Graph properties",
	description:
		'Change any Microsoft Graph user properties given as JSON (e.g. {"employeeId": "1042", "onPremisesExtensionAttributes": {"extensionAttribute1": "VIP"}}), and optionally the manager or sponsor. Only the properties given change.',
	...writes('PatchUser', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		userParameter({ name: 'id', in: 'body', encoding: 'graphId' }),
		requiredParameter(
			{
				displayName: 'Properties',
				name: 'properties',
				type: 'json',
				default: '{}',
				description: 'Microsoft Graph user properties and their new values, as a JSON object',
			},
			{ name: 'properties', in: 'body', encoding: 'json', validate: validate.jsonText },
		),
		additionalFields([
			text('Manager', 'manager', "The manager's user principal name or object ID", 'manager', {
				placeholder: 'e.g. megan.bowen@contoso.com',
			}),
			text('Sponsor', 'sponsor', "A guest's sponsor, by user principal name or object ID", 'sponsor', {
				placeholder: 'e.g. megan.bowen@contoso.com',
			}),
		]),
	],
	// Nothing to patch: CIPP skips the user and still says "Successfully patched 0 users".
	refusals: [/^Successfully patched 0 users/],
	output: actionResult(),
	run: async (context) => {
		const { properties, ...body } = context.request.body as IDataObject;
		const check = { node: context.node, field: 'Properties', itemIndex: context.itemIndex, access: 'write' as const };
		if (!isRecord(properties))
			validate.invalid(check, 'the value is not a JSON object.', 'Enter an object such as {"employeeId": "1042"}.');
		const routed = Object.keys(properties).filter((name) => ROUTING.includes(name));
		if (routed.length > 0) {
			validate.invalid(
				check,
				`${routed.join(', ')} cannot be patched here.`,
				'Pick the user above and use Manager or Sponsor under Additional Fields.',
			);
		}
		if (Object.keys(properties).length === 0 && !body.manager && !body.sponsor) {
			validate.invalid(
				check,
				'nothing to change: CIPP would answer "Successfully patched 0 users".',
				'Add at least one property, or a Manager or Sponsor.',
			);
		}
		const request = { ...context.request, body: { ...properties, ...body } };
		return patch.output(await context.call(request, patch.role), context);
	},
};
