import { writes } from '../common/endpoints';
import { scheduledTaskOperation } from '../shared/scheduler';

export const addTask = scheduledTaskOperation({
	resource: 'scheduler',
	value: 'addTask',
	name: 'Add Task',
	action: 'Schedule a CIPP command',
	description:
		"Schedule a CIPP command for a tenant, AllTenants or a tenant group, once or recurring, and optionally send its results by webhook, email or PSA ticket (CIPP's notification settings) when it has run; returns the new task's ID",
	...writes('AddScheduledItem', 'CIPP.Scheduler.ReadWrite'),
	excludedTenants: true,
});
