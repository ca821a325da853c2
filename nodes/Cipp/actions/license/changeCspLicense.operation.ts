import { additionalFields, requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const count = (displayName: string, name: string, description: string) => ({
	property: { displayName, name, type: 'number' as const, typeOptions: { minValue: 1 }, default: 1, description },
	send: { name, in: 'body' as const, encoding: 'number' as const },
});

export const changeCspLicense: CippOperation = {
	resource: 'license',
	value: 'changeCspLicense',
	name: 'Change CSP License',
	action: 'Change Sherweb CSP licence quantities',
	description:
		"Buy, add, remove or cancel Microsoft licences of a customer tenant through CIPP's Sherweb integration, or schedule a decrease before the renewal date. This changes what the customer is billed.",
	endpoint: 'ExecCSPLicense',
	method: 'POST',
	access: 'write',
	role: 'Tenant.Directory.ReadWrite',
	parameters: [
		tenantParameter('body'),
		{
			property: {
				displayName: 'Action',
				name: 'cspAction',
				type: 'options',
				required: true,
				default: 'Add',
				description: 'Add and Remove change an existing subscription; New Subscription uses Quantity; Cancel uses Subscription IDs',
				options: [
					{ name: 'Add Licences', value: 'Add' },
					{ name: 'Cancel Subscriptions', value: 'Cancel' },
					{ name: 'New Subscription', value: 'NewSub' },
					{ name: 'Remove Licences', value: 'Remove' },
					{ name: 'Remove Licences Before Renewal', value: 'ScheduleRemoval' },
				],
			},
			send: { name: 'Action', in: 'body' },
		},
		requiredParameter(
			{ displayName: 'SKU', name: 'sku', type: 'string', default: '', placeholder: 'e.g. CFQ7TTC0LCHC:0002', description: 'The Sherweb SKU, from Get Many CSP SKUs' },
			{ name: 'SKU', in: 'body', encoding: 'labelValue' },
		),
		additionalFields([
			count('Add', 'Add', 'How many licences to add (Add Licences)'),
			count('Remove', 'Remove', 'How many licences to remove (Remove Licences, Remove Licences Before Renewal)'),
			count('Quantity', 'Quantity', 'How many licences the new subscription has (New Subscription)'),
			count('Days Before Renewal', 'DaysBeforeRenewal', 'How many days before the renewal date the decrease runs (Remove Licences Before Renewal; default 3)'),
			{
				property: {
					displayName: 'Subscription IDs',
					name: 'SubscriptionIds',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c',
					description: 'Sherweb subscription IDs to cancel, separated by commas (Cancel Subscriptions)',
				},
				send: { name: 'SubscriptionIds', in: 'body', encoding: 'stringList', validate: validate.longText },
			},
		]),
	],
	output: actionResult(),
};
