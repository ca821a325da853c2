/** Invoke-ListCAtemplates and -RemoveCATemplate: CIPP's own table, not kept per tenant. */
import { stableGuid } from '../../../directory';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { listedTemplate, templatesOf } from './templates';

const ListCAtemplates: Endpoint = {
	name: 'ListCAtemplates',
	role: 'Tenant.ConditionalAccess.Read',
	anyTenant: true,
	handle(ctx) {
		const guid = psString(ctx.fromQuery('id') ?? ctx.fromQuery('guid'));
		const rows = templatesOf(ctx.state)
			.filter((template) => !guid || template.GUID === guid.toLowerCase())
			.map(listedTemplate)
			.sort((a, b) => psString(a.displayName).localeCompare(psString(b.displayName)));
		// ConvertTo-Json text, as CIPP answers it.
		return { status: 200, body: JSON.stringify(rows, null, 2) };
	},
};

/** Removes the row with that RowKey; an ID it does not have is not checked (the node looks it up first). */
const RemoveCATemplate: Endpoint = {
	name: 'RemoveCATemplate',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const list = templatesOf(ctx.state);
		const index = list.findIndex((template) => template.GUID === id.toLowerCase());
		if (index >= 0) list.splice(index, 1);
		return { status: 200, body: { Results: `Removed Conditional Access Template with ID ${id}` } };
	},
};

/** New-CIPPCATemplate stores the body without its null fields (IDs of users, groups and locations become names). */
const AddCATemplate: Endpoint = {
	name: 'AddCATemplate',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		try {
			graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const list = templatesOf(ctx.state);
			const GUID = stableGuid(`caTemplate/new/${list.length}/${psString(body.displayName)}`);
			const policy = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
			list.push({ GUID, policy });
			return { status: 200, body: { Results: `Created CA Template ${psString(ctx.fromBody('name'))} with GUID ${GUID}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to create CA Template: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Invoke-ExecCreateCATemplate: stores the body itself (without IDs and dates) under a new GUID. */
const ExecCreateCATemplate: Endpoint = {
	name: 'ExecCreateCATemplate',
	role: 'Tenant.ConditionalAccess.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const displayName = psString(body.displayName ?? body.name);
		if (displayName.trim() === '') return { status: 400, body: { Results: 'Error: displayName is required' } };
		const list = templatesOf(ctx.state);
		const GUID = stableGuid(`caTemplate/json/${list.length}/${displayName}`);
		const skipped = ['guid', 'id', 'createddatetime', 'modifieddatetime', 'templateid'];
		list.push({ GUID, policy: Object.fromEntries(Object.entries(body).filter(([name]) => !skipped.includes(name.toLowerCase()))) });
		return { status: 200, body: { Results: `Successfully created CA template '${displayName}' with GUID ${GUID}` } };
	},
};

export const endpoints: Endpoint[] = [ListCAtemplates, RemoveCATemplate, AddCATemplate, ExecCreateCATemplate];
