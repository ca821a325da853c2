import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery, text } from '../common/fields';
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
			text('Tenant', 'tenantFilter', 'Only tasks of this tenant (domain or tenant ID)', inQuery('tenantFilter'), {
				placeholder: 'e.g. contoso.onmicrosoft.com',
				check: validate.tenant({ allowAllTenants: true }),
			}),
			text('Task ID', 'id', 'Only this task (its RowKey)', inQuery('Id'), { placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a' }),
			text('Name', 'name', 'Only tasks with exactly this name', inQuery('Name'), { placeholder: 'e.g. Offboarding: jane@contoso.com' }),
			text('Command', 'type', 'Only tasks running this command', inQuery('Type'), { placeholder: 'e.g. Invoke-CIPPOffboardingJob' }),
			text('Name Matches', 'searchTitle', 'Only tasks whose name matches this (wildcards * allowed)', inQuery('SearchTitle'), {
				placeholder: 'e.g. *Vacation*',
			}),
			flag(
				'Show Hidden',
				'showHidden',
				"Whether to list CIPP's hidden system tasks instead of the visible ones",
				inQuery('ShowHidden'),
				true,
			),
		]),
	],
	output: records,
};
