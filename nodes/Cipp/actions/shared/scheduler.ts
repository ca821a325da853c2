import { randomUUID } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { additionalFields, choiceProperty, flag, requiredLine, shownWhen, text, textField, choices } from '../common/fields';
import { recordParameter, tenantParameter } from '../common/pickers';
import { actionResult, isRecord, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, OutputContext, SendTo, StepContext, Validator } from '../types';

/** A scheduled task of CIPP's scheduler, picked from its list or typed by ID (its RowKey). */
export function taskParameter(send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName: 'Task ID',
			name: 'taskId',
			description: 'The scheduled task (its RowKey), from Get Many Scheduled Items',
			searchListMethod: 'searchScheduledTasks',
			placeholder: 'Select a task...',
		},
		send,
	);
}

/**
 * Reads the task first: CIPP answers success (or makes a new, empty task) for a task ID it does
 * not have, so a wrong ID fails here with a clear message instead.
 */
export async function requireTask(context: StepContext, id: string, what: string): Promise<void> {
	const found = records(await context.call({ method: 'GET', endpoint: 'ListScheduledItems', qs: { Id: id } }, 'CIPP.Scheduler.Read'));
	if (found.length === 0) {
		context.fail(
			`Task ${id} was not found in CIPP's scheduler (or is not visible to this API client), so ${what}. Check the Task ID with Get Many Scheduled Items.`,
		);
	}
}

/** A CIPP tenant group, picked from its list or typed by ID. */
export function tenantGroupParameter(send: SendTo | undefined, description = 'The CIPP tenant group'): CippParameter {
	return {
		...recordParameter(
			{
				displayName: 'Tenant Group ID',
				name: 'tenantGroupId',
				description,
				searchListMethod: 'searchTenantGroups',
				placeholder: 'Select a tenant group...',
			},
			send ?? { name: 'groupId', in: 'body' },
		),
		...(send ? {} : { send: undefined }),
	};
}

/** Reads the tenant group (ListTenantGroups): CIPP answers success for a group ID it does not have. */
export async function requireTenantGroup(context: StepContext, groupId: string, what: string): Promise<IDataObject> {
	const answer = await context.call({ method: 'GET', endpoint: 'ListTenantGroups', qs: { groupId } }, 'CIPP.Core.Read');
	const group = records(answer).find((row) => String(row.Id).toLowerCase() === groupId.toLowerCase());
	if (!group) return context.fail(`Tenant group ${groupId} was not found in CIPP, so ${what}. Pick the group from the list.`);
	return group;
}

/** A task may run for AllTenants (CIPP runs it once per tenant), unlike other changes. */
const tenant = tenantParameter('body', { name: 'TenantFilter', allowAllTenants: true });

/** The command's parameters: one JSON object, name → value (CIPP skips empty values). */
const commandParameters: Validator = (value, check) => {
	const parsed = validate.parsedJson(value === '' ? '{}' : value, check, '{"UserID": "jane@contoso.com"}');
	if (!isRecord(parsed)) {
		validate.invalid(
			check,
			'the parameters are not one JSON object.',
			'Enter {"<parameter name>": <value>, ...}, e.g. {"UserID": "jane@contoso.com"}.',
		);
	}
	return parsed;
};

const RECURRENCE = choices({
	Once: '0',
	'Every Hour': '1h',
	'Every 4 Hours': '4h',
	'Every 12 Hours': '12h',
	'Every Day': '1d',
	'Every Week': '7d',
	'Every 30 Days': '30d',
	'Every Year': '365d',
});

/** The task ID the node gave the task (CIPP's answer does not name it). */
function withTaskId(response: unknown, context: OutputContext): IDataObject[] {
	const [item] = actionResult()(response, context);
	return [{ ...item, taskId: (context.request.body as IDataObject).RowKey as string }];
}

/** What differs between the endpoints that add a scheduled task (AddScheduledItem, AddScriptedAlert). */
export interface TaskEndpoint extends Pick<
	CippOperation,
	'resource' | 'value' | 'name' | 'action' | 'description' | 'endpoint' | 'method' | 'access' | 'role'
> {
	/** Whether the endpoint takes excluded tenants as CIPP's [{value, label}] list. */
	excludedTenants: boolean;
}

const excludedTenants = textField(
	{
		displayName: 'Excluded Tenants',
		name: 'excludedTenants',
		placeholder: 'e.g. fabrikam.onmicrosoft.com, tailspin.onmicrosoft.com',
		description: 'With AllTenants or a tenant group: default domains of tenants to leave out, separated by commas',
	},
	{ name: 'excludedTenants', in: 'body', encoding: 'labelValueList' },
	(value, check) => validate.listOf(value).map((entry) => validate.tenant({ allowAllTenants: false })(entry, check)),
);

/**
 * An operation that adds a task to CIPP's scheduler: a command for a tenant, AllTenants or a tenant
 * group, with its parameters, start, recurrence and post-execution targets.
 */
export function scheduledTaskOperation(spec: TaskEndpoint): CippOperation {
	const { excludedTenants: withExcluded, ...definition } = spec;
	const operation: CippOperation = {
		...definition,
		parameters: [
			requiredLine('Name', 'taskName', 'The task name shown in CIPP', 'Name', { placeholder: 'e.g. Weekly MFA report' }),
			{
				property: choiceProperty(
					'Run For',
					'target',
					'tenant',
					choices({ 'Tenant (or AllTenants)': 'tenant', 'Tenant Group': 'tenantGroup' }),
					'Whether the task runs for one tenant (or every tenant) or for the tenants of a CIPP tenant group',
				),
			},
			shownWhen({ target: ['tenant'] }, { ...tenant, validate: validate.storedTenant }),
			// Sent by `run` as CIPP's group shape, with the group's name.
			shownWhen(
				{ target: ['tenantGroup'] },
				tenantGroupParameter(undefined, 'The CIPP tenant group; the task runs for the tenants in it when it runs'),
			),
			recordParameter(
				{
					displayName: 'Command',
					name: 'command',
					description: "The CIPP command to run (see Get Many Schedulable Commands for each one's parameters)",
					searchListMethod: 'searchSchedulerCommands',
					placeholder: 'Select a command...',
					typed: 'text',
				},
				{ name: 'Command', in: 'body', encoding: 'labelValue' },
			),
			{
				property: {
					displayName: 'Parameters',
					name: 'commandParameters',
					type: 'json',
					default: '{}',
					description: 'The command\'s parameters as one JSON object, e.g. {"UserID": "jane@contoso.com"}; the tenant is passed by CIPP',
				},
				send: { name: 'Parameters', in: 'body' },
				validate: commandParameters,
			},
			{
				property: choiceProperty('Recurrence', 'recurrence', '0', RECURRENCE, 'How often the task runs again after its first run'),
				send: { name: 'Recurrence', in: 'body' },
			},
			{
				property: {
					displayName: 'Send Results To',
					name: 'postExecution',
					type: 'multiOptions',
					default: [],
					options: [
						{ name: 'Email', value: 'Email' },
						{ name: 'PSA Ticket', value: 'PSA' },
						{ name: 'Webhook', value: 'Webhook' },
					],
					description: "Where CIPP sends the task's results when it has run (the addresses of CIPP's notification settings)",
				},
				send: { name: 'PostExecution', in: 'body', encoding: 'labelValueList' },
				optional: true,
			},
			additionalFields([
				{
					property: {
						displayName: 'Start At',
						name: 'startAt',
						type: 'dateTime',
						default: '',
						description: 'When the task first runs; by default at the next run of the scheduler (every 15 minutes)',
					},
					send: { name: 'ScheduledTime', in: 'body', encoding: 'unixSeconds' },
				},
				text('Reference', 'reference', "Your own reference, sent back in the results' webhook (task.reference)", 'Reference', {
					placeholder: 'e.g. ticket 40112',
				}),
				text(
					'Alert Comment',
					'alertComment',
					'Text added to the results sent (%resultcount% becomes the number of results)',
					'AlertComment',
					{ placeholder: 'e.g. %resultcount% users found', check: validate.longText },
				),
				text(
					'Email Subject',
					'customSubject',
					'Subject of the results email and title of the ticket (CIPP appends " - <tenant>")',
					'CustomSubject',
					{ placeholder: 'e.g. Weekly MFA report' },
				),
				...(withExcluded ? [excludedTenants] : []),
				{
					property: choiceProperty(
						'PSA Tickets',
						'psaTicketStrategy',
						'consolidated',
						choices({ 'One per Tenant': 'consolidated', 'One per User': 'split' }),
						"With PSA: one ticket for all results, or one per user found (HaloPSA); by default HaloPSA's own setting",
					),
					send: { name: 'PsaTicketStrategy', in: 'body' },
				},
				flag(
					'Refuse Duplicate Name',
					'disallowDuplicateName',
					'Whether to refuse the task when a task of the same name is still planned or running',
					'DisallowDuplicateName',
					true,
				),
				flag('Run Now', 'runNow', 'Whether to start the task at once instead of at its time', 'RunNow', true),
			]),
		],
		// Add-CIPPScheduledTask.ps1:61: HTTP 200, no state, nothing added.
		refusals: [/^Task with name .* already exists$/],
		output: withTaskId,
		// The node names the task itself (CIPP takes a given RowKey, :51-55) so the output can say which
		// task it is; for a tenant group CIPP needs {value, label, type: 'Group'}, so the group is read.
		run: async (context) => {
			const body: IDataObject = { ...(context.request.body as IDataObject), RowKey: randomUUID() };
			if (context.values.target === 'tenantGroup') {
				const groupId = String(context.values.tenantGroupId);
				const group = await requireTenantGroup(context, groupId, 'no task was added');
				body.TenantFilter = { value: groupId, label: String(group.Name), type: 'Group' };
			}
			const request = { ...context.request, body };
			return operation.output(await context.call(request, operation.role), { ...context, request });
		},
	};
	return operation;
}
