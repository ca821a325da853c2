import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import { graphId } from '../request';
import { STATE_FIELDS, judgeChange, passwordState, stateFields } from '../safeReset';
import type { CippOperation, OutputContext } from '../types';

function statusOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [user] = records(response);
	if (!isRecord(user) || !('lastPasswordChangeDateTime' in user))
		context.fail(`CIPP returned no user for ${String(context.values.userId)}.`);
	const state = passwordState(user);
	const since = new Date(String(context.values.changedSince)).toISOString();
	return [
		{
			userId: context.values.userId,
			tenantFilter: context.values.tenantFilter,
			changedSince: since,
			...judgeChange(state, since),
			...stateFields(state),
		},
	];
}

export const getPasswordResetStatus: CippOperation = {
	resource: 'user',
	value: 'getPasswordResetStatus',
	name: 'Get Password Reset Status',
	action: 'Check whether a password reset took effect',
	description:
		"Check later whether a user's password changed since a time (e.g. Reset Password's resetAt): confirmed, pending (directory-synced users until writeback lands) or unconfirmed, with the account's state",
	...reads('ListGraphRequest', 'CIPP.Core.Read'),
	parameters: [
		tenantParameter('query'),
		// The user goes into the Graph path that ListGraphRequest reads (Endpoint), built in run.
		userParameter(undefined),
		{
			property: {
				displayName: 'Changed Since',
				name: 'changedSince',
				type: 'dateTime',
				required: true,
				default: '',
				description: "The time of the reset to check, e.g. Reset Password's resetAt",
			},
			validate: (value, check) => {
				if (Number.isNaN(Date.parse(String(value ?? '')))) {
					validate.invalid(
						check,
						`"${String(value ?? '')}" is not a date and time.`,
						"Map Reset Password's resetAt, or enter a date and time such as 2026-11-22T09:30:00Z.",
					);
				}
				return value;
			},
		},
	],
	constants: { query: { $select: STATE_FIELDS } },
	output: statusOutput,
	run: async (context) => {
		const endpoint = `users/${graphId(context.values.userId)}`;
		const answer = await context.call(
			{ ...context.request, qs: { ...context.request.qs, Endpoint: endpoint } },
			getPasswordResetStatus.role,
		);
		return statusOutput(answer, context);
	},
};
