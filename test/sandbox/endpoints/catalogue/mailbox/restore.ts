/**
 * Invoke-ExecMailboxRestore: New-, Suspend-, Resume- and Remove-MailboxRestoreRequest on the
 * restore requests Tool → Get Many Mailbox Restores lists (ListMailboxRestores, in tool/exchange.ts).
 * A failure is HTTP 200 with Exchange's words alone and colour 'danger' (:115-123).
 */
import { stableGuid } from '../../../directory';
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { HttpResult } from '../../../http';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { valueOf } from '../tenant/request';
import { restores } from '../tool/exchange';
import { exoMailbox } from '../user/data';
import { exchangeError, exchangeTenant } from './state';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS: Record<string, string> = { Suspend: 'Suspended', Resume: 'Queued' };

function restore(ctx: EndpointContext): HttpResult {
	const action = psString(ctx.fromQueryOrBody('Action'));
	try {
		const tenant = exchangeTenant(ctx.state, ctx.fromQueryOrBody('TenantFilter'));
		const all = restores(ctx.state);
		if (['Remove', 'Resume', 'Suspend'].includes(action)) {
			const identity = psString(ctx.fromQueryOrBody('Identity'));
			const request = all.find((entry) => entry.tenantId === tenant.customerId && entry.Identity.toLowerCase() === identity.toLowerCase());
			if (!request) throw new GraphError(`The operation couldn't be performed because object '${identity}' couldn't be found.`);
			if (action === 'Remove') all.splice(all.indexOf(request), 1);
			else request.Status = STATUS[action];
			const done = { Remove: 'removed', Resume: 'resumed', Suspend: 'suspended' }[action];
			return { status: 200, body: { RestoreRequest: null, Results: [`Mailbox restore request ${done} successfully`] } };
		}
		const source = psString(valueOf(ctx.fromBody('SourceMailbox')));
		const target = exoMailbox(ctx.state, tenant, psString(valueOf(ctx.fromBody('TargetMailbox')))).user;
		const sourceName = GUID.test(source) ? source : exoMailbox(ctx.state, tenant, source).user.displayName;
		const name = psString(ctx.fromBody('RequestName'));
		const identity = `${target.userPrincipalName}\\${name}`;
		if (all.some((entry) => entry.Identity.toLowerCase() === identity.toLowerCase())) {
			throw new GraphError(`The name "${name}" is already being used. Please try again with a different name.`);
		}
		const request = {
			tenantId: tenant.customerId,
			Name: name,
			Identity: identity,
			RequestGuid: stableGuid(`restore/${identity}`),
			TargetMailbox: target.displayName,
			SourceMailbox: sourceName,
			Status: 'Queued',
			BatchName: psString(ctx.fromBody('BatchName')),
			WhenCreated: new Date().toISOString(),
			WhenChanged: new Date().toISOString(),
		};
		all.push(request);
		const shown: Partial<typeof request> = { ...request };
		delete shown.tenantId;
		return { status: 200, body: { RestoreRequest: shown, Results: ['Mailbox restore request created successfully'] } };
	} catch (error) {
		return { status: 200, body: { RestoreRequest: null, Results: [exchangeError(error)], colour: 'danger' } };
	}
}

export const endpoints: Endpoint[] = [{ name: 'ExecMailboxRestore', role: 'Exchange.Mailbox.ReadWrite', handle: restore }];
