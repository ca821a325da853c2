import type { IDataObject } from 'n8n-workflow';

import { readResults } from '../../transport/envelope';
import { writes } from '../common/endpoints';
import { additionalFields, choices, flag, requiredGuid, text } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext, StepContext } from '../types';

const queued = actionResult({
	queued: {
		followUp: 'The exclusion is added at the start date and removed at the end date; check Administration → Get Many Scheduled Items',
	},
});
const immediate = actionResult();

/**
 * CIPP appends this to a vacation answer whose tasks were scheduled when the tenant has several
 * groups of the vacation group's name (Invoke-ExecCAExclusion.ps1:64-66, :191-193). It is a
 * warning, not a failure: failing the item would make a retry schedule the tasks twice.
 */
const DUPLICATE_GROUP = /^Failed to find a unique vacation group for policy /;

function vacationOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = readResults(response);
	const warnings = results.filter((result) => DUPLICATE_GROUP.test(result.text)).map((result) => result.text);
	if (warnings.length === 0) return queued(response, context);
	const rest = results.filter((result) => !DUPLICATE_GROUP.test(result.text)).map((result) => result.text);
	const [item] = queued({ Results: rest }, context);
	return [{ ...item, status: 'warning', message: [item.message, ...warnings].join(' '), warning: warnings.join(' ') }];
}

/**
 * Vacation mode schedules the change; the immediate mode answers HTTP 200 with an empty body once
 * Set-CIPPCAExclusion has made the change (a failure is answered with a message), so there an
 * empty answer is the success.
 */
function output(response: unknown, context: OutputContext): IDataObject[] {
	if ((context.values.vacation as boolean | undefined) === true) return vacationOutput(response, context);
	const [item] = immediate(response, context);
	if (item.status === 'unconfirmed') {
		const verb = context.values.exclusionType === 'Remove' ? 'Removed' : 'Added';
		item.status = 'success';
		item.message = `${verb} the exclusion of ${String(context.values.userId)} on policy ${String(context.values.policyId)}; CIPP returns no text for this change.`;
	}
	return [item];
}

/**
 * Vacation mode always schedules "add at Start Date, remove at End Date" and ignores Exclusion; a
 * missing date is scheduled for now (Add-CIPPScheduledTask.ps1:186-188), so without End Date the
 * user would be removed at once. Both are refused before anything is sent.
 */
function checkVacation(context: StepContext): void {
	if (context.values.vacation !== true) return;
	const check = (field: string) => ({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' as const });
	if (context.values.exclusionType === 'Remove') {
		validate.invalid(
			check('Exclusion'),
			'Vacation Mode always adds the exclusion at Start Date and removes it at End Date; CIPP ignores Exclusion "Remove" there.',
			'Turn Vacation Mode off to remove the user\'s exclusion now, or choose Exclusion "Add" for a vacation.',
		);
	}
	for (const [name, field] of [
		['startDate', 'Start Date'],
		['endDate', 'End Date'],
	]) {
		if (context.values[name] === undefined || context.values[name] === '') {
			validate.invalid(
				check(field),
				`Vacation Mode needs both Start Date and End Date; CIPP schedules a missing date for now, so the exclusion would ${name === 'endDate' ? 'be removed at once' : 'start at once'}.`,
				`Add "${field}" under Additional Fields.`,
			);
		}
	}
}

export const setCaExclusion: CippOperation = {
	resource: 'tenant',
	value: 'setCaExclusion',
	name: 'Set Conditional Access Exclusion',
	action: 'Exclude a user from a conditional access policy',
	description:
		'Add a user to, or remove a user from, the excluded users of a Conditional Access policy, now or (vacation mode) only between two dates. Vacation mode is asynchronous: CIPP schedules the change.',
	...writes('ExecCAExclusion', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredGuid(
			'Policy ID',
			'policyId',
			'The Conditional Access policy (its ID from Tenant → Get Many Conditional Access Policies)',
			'PolicyId',
			'e.g. 8d4b2f6a-1c3e-4a5b-9d7f-2e6c8a0b4d13',
		),
		{
			...userParameter({ name: 'UserID', in: 'body' }, { description: 'The user, by object ID (Conditional Access lists users by ID)' }),
			validate: validate.guid,
		},
		{
			property: {
				displayName: 'Exclusion',
				name: 'exclusionType',
				type: 'options',
				required: true,
				default: 'Add',
				options: choices({ Add: 'Add', Remove: 'Remove' }),
				description:
					'Whether to add the user to the policy\'s exclusions or remove them. Every call, immediate ones too, makes CIPP create (or reuse) a "Vacation Exclusion - (policy name)" security group in the tenant and add it to the policy\'s excluded groups.',
			},
			send: { name: 'ExclusionType', in: 'body' },
		},
		additionalFields([
			{
				property: {
					displayName: 'Vacation Mode',
					name: 'vacation',
					type: 'boolean',
					default: false,
					description:
						'Whether to exclude the user only from Start Date to End Date (through a vacation exclusion group), instead of now. Needs Start Date and End Date, and Exclusion "Add".',
				},
				send: { name: 'vacation', in: 'body', encoding: 'boolean' },
			},
			{
				property: {
					displayName: 'Start Date',
					name: 'startDate',
					type: 'dateTime',
					default: '',
					description: 'Vacation mode: when the exclusion starts',
				},
				send: { name: 'StartDate', in: 'body', encoding: 'unixSeconds' },
			},
			{
				property: {
					displayName: 'End Date',
					name: 'endDate',
					type: 'dateTime',
					default: '',
					description: 'Vacation mode: when the exclusion ends',
				},
				send: { name: 'EndDate', in: 'body', encoding: 'unixSeconds' },
			},
			flag(
				'Exclude From Location Alerts',
				'excludeLocationAuditAlerts',
				'Whether to also exclude the user from location-based audit log alerts during the vacation',
				'excludeLocationAuditAlerts',
			),
			text('Reference', 'reference', 'A reference (e.g. a ticket number) stored with the scheduled tasks', 'reference', {
				placeholder: 'e.g. TICKET-1234',
				check: validate.text,
			}),
		]),
	],
	output,
	run: async (context) => {
		checkVacation(context);
		return output(await context.call(context.request, setCaExclusion.role), context);
	},
};
