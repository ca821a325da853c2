/** CIPP's background job list: Invoke-ListCippQueue (Get-CIPPQueueData) and -RemoveCippQueue (Clear-CIPPQueueData). */
import { perSandbox, stableGuid } from '../../../directory';
import type { Endpoint } from '../../endpoint';

interface QueueRow {
	RowKey: string;
	Name: string;
	Link: string;
	Reference: string;
	TotalTasks: number;
	Completed: number;
	Failed: number;
	Running: number;
	Timestamp: string;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const queueState = perSandbox(() => ({
	rows: [
		{
			RowKey: stableGuid('queue/standards'),
			Name: 'Standards Run - All Tenants',
			Link: '/tenant/standards',
			Reference: 'Standards',
			TotalTasks: 4,
			Completed: 3,
			Failed: 1,
			Running: 0,
			Timestamp: minutesAgo(20),
		},
		{
			RowKey: stableGuid('queue/licenses'),
			Name: 'License Report - All Tenants',
			Link: '/tenant/reports/list-licenses',
			Reference: 'LicenseReport',
			TotalTasks: 4,
			Completed: 2,
			Failed: 0,
			Running: 2,
			Timestamp: minutesAgo(5),
		},
		{
			RowKey: stableGuid('queue/old'),
			Name: 'Mailbox report',
			Link: '',
			Reference: 'Mailboxes',
			TotalTasks: 1,
			Completed: 1,
			Failed: 0,
			Running: 0,
			Timestamp: minutesAgo(60 * 5),
		},
	] as QueueRow[],
}));

const status = (row: QueueRow) =>
	row.Running > 0 || row.Completed + row.Failed < row.TotalTasks ? 'Running' : row.Failed > 0 ? 'Completed (with errors)' : 'Completed';

/** One queue as Get-CIPPQueueData shapes it. */
const queueData = (row: QueueRow) => ({
	PartitionKey: 'CippQueue',
	RowKey: row.RowKey,
	Name: row.Name,
	Link: row.Link,
	Reference: row.Reference,
	TotalTasks: row.TotalTasks,
	CompletedTasks: row.Completed + row.Failed,
	RunningTasks: row.Running,
	FailedTasks: row.Failed,
	PercentComplete: Math.round(((row.Completed + row.Failed) / row.TotalTasks) * 100),
	Status: status(row),
	Timestamp: row.Timestamp,
});

const ListCippQueue: Endpoint = {
	name: 'ListCippQueue',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const since = minutesAgo(180);
		const body = queueState(ctx.state)
			.rows.filter((row) => row.Timestamp >= since)
			.sort((a, b) => b.Timestamp.localeCompare(a.Timestamp))
			.map(queueData);
		return { status: 200, body };
	},
};

const RemoveCippQueue: Endpoint = {
	name: 'RemoveCippQueue',
	role: 'CIPP.Core.ReadWrite',
	handle(ctx) {
		queueState(ctx.state).rows = [];
		return { status: 200, body: { Results: ['History cleared'] } };
	},
};

/** Invoke-ListCippQueues: several queues rolled up; unknown IDs are listed, not dropped (:34-75). */
const ListCippQueues: Endpoint = {
	name: 'ListCippQueues',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const ids = [
			...new Set(
				String(ctx.fromQueryOrBody('QueueIds') ?? '')
					.split(',')
					.map((id) => id.trim())
					.filter(Boolean),
			),
		];
		if (ids.length === 0) return { status: 400, body: { Results: 'QueueIds is required.' } };
		const rows = queueState(ctx.state).rows;
		const queues = ids.flatMap((id) => rows.filter((row) => row.RowKey === id).map(queueData));
		const missing = ids.filter((id) => !rows.some((row) => row.RowKey === id));
		const sum = (key: 'TotalTasks' | 'CompletedTasks' | 'RunningTasks' | 'FailedTasks') =>
			queues.reduce((total, queue) => total + queue[key], 0);
		const completed = queues.filter((queue) => queue.Status.startsWith('Completed')).length;
		const failed = queues.filter((queue) => queue.Status !== 'Completed' && queue.Status !== 'Running').length;
		const running = queues.filter((queue) => queue.Status === 'Running').length;
		const total = sum('TotalTasks');
		const done = sum('CompletedTasks');
		const Status = running > 0 ? 'Running' : failed > 0 ? 'Completed (with errors)' : queues.length === 0 ? 'Not found' : 'Completed';
		const Summary = {
			TotalQueues: ids.length,
			FoundQueues: queues.length,
			CompletedQueues: completed,
			RunningQueues: running,
			FailedQueues: failed,
			TotalTasks: total,
			CompletedTasks: done,
			RunningTasks: sum('RunningTasks'),
			FailedTasks: sum('FailedTasks'),
			PercentComplete: total > 0 ? Math.round((done / total) * 1000) / 10 : 0,
			IsComplete: running === 0,
			Status,
		};
		return { status: 200, body: { Queues: queues, MissingQueueIds: missing, Summary } };
	},
};

export const endpoints: Endpoint[] = [ListCippQueue, ListCippQueues, RemoveCippQueue];
