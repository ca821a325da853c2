import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, choices, numberField, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();
const scheduled = actionResult({
	queued: {
		followUp:
			'CIPP decreases the count on the scheduled date, and only if enough licences are unassigned then: check CIPP → Scheduler and Logbook',
	},
});

/**
 * Sherweb through CIPP: New Subscription for a SKU the customer already has amends that subscription
 * to Quantity (its total, possibly lower) instead of adding one, so the current subscriptions are
 * read first and such a request is refused. Add and Remove without their count make CIPP fail after
 * the fact; they are refused before sending. Remove Before Renewal only schedules the decrease.
 */
async function changeChecked(context: StepContext): Promise<IDataObject[]> {
	const body = context.request.body as IDataObject;
	const action = String(body.Action);
	const sku = String((body.SKU as IDataObject).value);
	const check = (field: string) => ({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' as const });
	if ((action === 'Add' || action === 'Remove') && !body[action]) {
		validate.invalid(
			check(action),
			`${action === 'Add' ? 'Add Licences' : 'Remove Licences'} needs how many.`,
			`Add the ${action} field under Additional Fields.`,
		);
	}
	if (action === 'NewSub') {
		const current = await context.call(
			{ method: 'GET', endpoint: 'ListCSPsku', qs: { tenantFilter: body.tenantFilter, currentSkuOnly: 'true' } },
			'Tenant.Directory.Read',
		);
		const existing = records(current).find((subscription) => String(subscription.sku) === sku);
		if (existing) {
			validate.invalid(
				check('Action'),
				`the tenant already has a subscription for ${sku} (quantity ${String(existing.quantity)}): CIPP would set that subscription to Quantity instead of adding a new one.`,
				'Use Add Licences or Remove Licences to change the existing subscription.',
			);
		}
	}
	const answer = await context.call(context.request, 'Tenant.Directory.ReadWrite');
	return action === 'ScheduleRemoval' ? scheduled(answer, context) : output(answer, context);
}

const count = (displayName: string, name: string, description: string) =>
	numberField({ displayName, name, description, default: 1 }, { name, in: 'body' });

export const changeCspLicense: CippOperation = {
	resource: 'license',
	value: 'changeCspLicense',
	name: 'Change CSP License',
	action: 'Change Sherweb CSP licence quantities',
	description:
		"Buy, add, remove or cancel Microsoft licences of a customer tenant through CIPP's Sherweb integration, or schedule a decrease before the renewal date. This changes what the customer is billed.",
	...writes('ExecCSPLicense', 'Tenant.Directory.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		{
			property: {
				displayName: 'Action',
				name: 'cspAction',
				type: 'options',
				required: true,
				default: 'Add',
				description:
					'Add and Remove change an existing subscription by their count; New Subscription uses Quantity and is refused when the tenant already has that SKU (CIPP would set the existing subscription to Quantity); Cancel uses Subscription IDs; Remove Licences Before Renewal only schedules the decrease (status queued)',
				options: choices({
					'Add Licences': 'Add',
					'Cancel Subscriptions': 'Cancel',
					'New Subscription': 'NewSub',
					'Remove Licences': 'Remove',
					'Remove Licences Before Renewal': 'ScheduleRemoval',
				}),
			},
			send: { name: 'Action', in: 'body' },
		},
		requiredText(
			{
				displayName: 'SKU',
				name: 'sku',
				placeholder: 'e.g. CFQ7TTC0LCHC:0002',
				description: 'The Sherweb SKU, from Get Many CSP SKUs',
			},
			asLabelValue('SKU'),
		),
		additionalFields([
			count('Add', 'Add', 'How many licences to add (Add Licences)'),
			count('Remove', 'Remove', 'How many licences to remove (Remove Licences, Remove Licences Before Renewal)'),
			count('Quantity', 'Quantity', 'How many licences the new subscription has (New Subscription)'),
			count('Days Before Renewal', 'DaysBeforeRenewal', 'Days before renewal to decrease (Remove Licences Before Renewal; default 3)'),
			text(
				'Subscription IDs',
				'SubscriptionIds',
				'Sherweb subscription IDs to cancel, separated by commas (Cancel Subscriptions)',
				{ name: 'SubscriptionIds', in: 'body', encoding: 'stringList' },
				{ placeholder: 'e.g. 3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c', check: validate.longText },
			),
		]),
	],
	output,
	run: changeChecked,
};
