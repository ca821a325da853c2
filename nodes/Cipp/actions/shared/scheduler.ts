import type { IDataObject } from 'n8n-workflow';

import { recordParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippParameter, SendTo, StepContext } from '../types';

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
