/** CIPP's scheduler (CIPP/Scheduler): Invoke-ListScheduledItems and -RemoveScheduledItem. */
import { allowedTenantIds } from '../../../access';
import { psString } from '../../../powershell';
import { findCippTenant } from '../../../tenantList';
import type { Endpoint } from '../../endpoint';
import { adminState, writeLog } from './state';
import type { ScheduledTaskRow } from './state';

const fromUnix = (seconds: number | ''): string | '' =>
	seconds === '' ? '' : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** A tenant group task shows its group where other tasks show their tenant (:128-140). */
function groupOf(task: ScheduledTaskRow): Record<string, unknown> | undefined {
	if (!task.TenantGroup) return undefined;
	const group = JSON.parse(task.TenantGroup) as { label?: string; value?: string };
	return { label: group.label, value: group.value, type: 'Group' };
}

export function output(task: ScheduledTaskRow, domains: Map<string, string>): Record<string, unknown> {
	const tenant = domains.get(task.Tenant) ?? task.Tenant;
	const group = groupOf(task);
	let parameters: unknown = task.Parameters;
	try {
		parameters = JSON.parse(task.Parameters);
	} catch {
		parameters = task.Parameters;
	}
	return {
		...task,
		Parameters: parameters,
		Results: task.Results ? (JSON.parse(task.Results) as unknown) : '',
		ScheduledTime: fromUnix(task.ScheduledTime),
		ExecutedTime: fromUnix(task.ExecutedTime),
		Recurrence: task.Recurrence === '0' || !task.Recurrence ? 'Once' : task.Recurrence,
		Tenant: group ?? (tenant ? { label: tenant, value: tenant, type: 'Tenant' } : 'None'),
		...(group ? { TenantGroupInfo: group } : {}),
	};
}

export const ListScheduledItems: Endpoint = {
	name: 'ListScheduledItems',
	role: 'CIPP.Scheduler.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQueryOrBody('Id');
		const tenantFilter = psString(ctx.fromQueryOrBody('tenantFilter'));
		let tasks = adminState(ctx.state).tasks;
		if (id) {
			tasks = tasks.filter((task) => task.RowKey === psString(id));
		} else {
			const showHidden = psString(ctx.fromQueryOrBody('ShowHidden')).toLowerCase() === 'true';
			const name = psString(ctx.fromQueryOrBody('Name'));
			const type = psString(ctx.fromQueryOrBody('Type'));
			const search = psString(ctx.fromQueryOrBody('SearchTitle'));
			const like = new RegExp(`^${search.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
			tasks = tasks.filter(
				(task) =>
					task.Hidden === showHidden &&
					(!name || task.Name === name) &&
					(!type || task.Command === type) &&
					(!search || like.test(task.Name)),
			);
		}
		if (tenantFilter && tenantFilter !== 'AllTenants') {
			const tenant = findCippTenant(ctx.state, tenantFilter);
			const identifiers = tenant ? [tenant.defaultDomainName, tenant.customerId] : [tenantFilter];
			tasks = tasks.filter((task) => identifiers.includes(task.Tenant));
		}
		const allowed = allowedTenantIds(ctx.client);
		if (allowed !== 'AllTenants') {
			const identifiers = ctx.state.tenants
				.filter((t) => allowed.includes(t.customerId))
				.flatMap((t) => [t.customerId, t.defaultDomainName]);
			tasks = tasks.filter((task) => identifiers.includes(task.Tenant));
		}
		const domains = new Map(ctx.state.tenants.map((t) => [t.customerId, t.defaultDomainName]));
		const body = tasks.map((task) => output(task, domains)).sort((a, b) => String(b.ScheduledTime).localeCompare(String(a.ScheduledTime)));
		return { status: 200, body };
	},
};

export const RemoveScheduledItem: Endpoint = {
	name: 'RemoveScheduledItem',
	role: 'CIPP.Scheduler.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const rowKey = psString(ctx.fromQuery('id') || ctx.fromBody('id'));
		const data = adminState(ctx.state);
		// Azure Tables deletes a missing entity without complaint, so CIPP reports success either way.
		data.tasks = data.tasks.filter((task) => task.RowKey !== rowKey);
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'RemoveScheduledItem',
			Message: `Task removed: ${rowKey}`,
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		return { status: 200, body: { Results: 'Task removed successfully.' } };
	},
};
