import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, requiredParameter, text } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { alertTenant, cmdletNameProperty } from '../shared/alert';
import type { CippOperation, OutputContext, Validator } from '../types';

const alertItem: Validator = (value, check) => {
	const parsed = validate.parsedJson(value, check, '{"UserPrincipalName": "jane@contoso.com"}');
	if (!isRecord(parsed) || Object.keys(parsed).length === 0) {
		validate.invalid(
			check,
			'the alert item is not one JSON object.',
			'Map the finding: AlertItem from Get Many Results, or snooze.items[].alertItem from the alert webhook.',
		);
	}
	return parsed;
};

/** CIPP's message, and the snooze's hash and end (Unix seconds) it answers beside it. */
function snoozed(response: unknown, context: OutputContext): IDataObject[] {
	const [item] = actionResult()(response, context);
	const answer = isRecord(response) ? response : {};
	return [{ ...item, contentHash: answer.ContentHash ?? null, snoozeUntil: answer.SnoozeUntil ?? null }];
}

export const snooze: CippOperation = {
	resource: 'alert',
	value: 'snooze',
	name: 'Snooze',
	action: 'Snooze an alert finding',
	description:
		"Stop one finding of a scripted alert (a user, a device) from being alerted again in a tenant for 7, 14, 30 or 90 days; CIPP leaves it out from the alert's next run on",
	...writes('ExecSnoozeAlert', 'CIPP.AlertSnooze.ReadWrite'),
	parameters: [
		requiredParameter(cmdletNameProperty, { name: 'CmdletName', in: 'body' }),
		alertTenant('body', 'TenantFilter'),
		{
			property: {
				displayName: 'Alert Item',
				name: 'alertItem',
				type: 'json',
				required: true,
				default: '{}',
				description:
					'The finding as CIPP sent it (AlertItem, or snooze.items[].alertItem); CIPP knows it again by its UserPrincipalName, ID or Message',
			},
			send: { name: 'AlertItem', in: 'body' },
			validate: alertItem,
		},
		choiceField(
			'Duration',
			'duration',
			'How long the finding is snoozed (CIPP refuses "forever", -1, though its webhook offers it)',
			{ name: 'Duration', in: 'body', encoding: 'number' },
			30,
			[7, 14, 30, 90].map((days) => ({ name: `${days} Days`, value: days })),
		),
		additionalFields([
			text('Reason', 'reason', 'Why the finding is snoozed', 'Reason', {
				placeholder: 'e.g. Break-glass account',
				check: validate.longText,
			}),
		]),
	],
	output: snoozed,
};
