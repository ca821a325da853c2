import { reads } from '../common/endpoints';
import { additionalFields, booleanField, textField } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getManyScheduledItems: CippOperation = {
	resource: 'administration',
	value: 'getManyScheduledItems',
	name: 'Get Many Scheduled Items',
	action: 'Get many scheduled tasks',
	description:
		"List CIPP's scheduled tasks (including queued offboardings and user creations), one item per task with its command, parameters, state, schedule and results",
	...reads('ListScheduledItems', 'CIPP.Scheduler.Read'),
	list: true,
	parameters: [
		additionalFields([
			textField(
				{
					displayName: 'Tenant',
					name: 'tenantFilter',
					placeholder: 'e.g. contoso.onmicrosoft.com',
					description: 'Only tasks of this tenant (domain or tenant ID)',
				},
				{ name: 'tenantFilter', in: 'query' },
				validate.tenant({ allowAllTenants: true }),
			),
			textField(
				{
					displayName: 'Task ID',
					name: 'id',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					description: 'Only this task (its RowKey)',
				},
				{ name: 'Id', in: 'query' },
			),
			textField(
				{
					displayName: 'Name',
					name: 'name',
					placeholder: 'e.g. Offboarding: jane@contoso.com',
					description: 'Only tasks with exactly this name',
				},
				{ name: 'Name', in: 'query' },
			),
			textField(
				{
					displayName: 'Command',
					name: 'type',
					placeholder: 'e.g. Invoke-CIPPOffboardingJob',
					description: 'Only tasks running this command',
				},
				{ name: 'Type', in: 'query' },
			),
			textField(
				{
					displayName: 'Name Matches',
					name: 'searchTitle',
					placeholder: 'e.g. *Vacation*',
					description: 'Only tasks whose name matches this (wildcards * allowed)',
				},
				{ name: 'SearchTitle', in: 'query' },
			),
			booleanField(
				{
					displayName: 'Show Hidden',
					name: 'showHidden',
					default: true,
					description: "Whether to list CIPP's hidden system tasks instead of the visible ones",
				},
				{ name: 'ShowHidden', in: 'query' },
			),
		]),
	],
	output: records,
};
