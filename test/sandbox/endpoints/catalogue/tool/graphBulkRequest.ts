/** Invoke-ListGraphBulkRequest (CIPP/Core) -> New-GraphBulkRequest: Graph's $batch of GET requests, every page followed. */
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { collection, select } from './graphRequest';

export const ListGraphBulkRequest: Endpoint = {
	name: 'ListGraphBulkRequest',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		// Only GET sub-requests are kept (:27-35); the others are dropped without a word.
		const requests = psList(ctx.fromBody('requests'))
			.filter((entry) => psString(getIgnoreCase(entry, 'method')).toUpperCase() === 'GET')
			.map((entry) => ({ id: psString(getIgnoreCase(entry, 'id')), url: psString(getIgnoreCase(entry, 'url')) }));
		if (requests.length === 0) return { status: 400, body: 'No requests found in the body' };
		let tenant;
		try {
			tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: normalizeGraphError(error.message) };
		}
		const responses = requests.map(({ id, url }) => {
			const [path, queryText = ''] = url.replace(/^\/+/, '').split('?');
			const query = new URLSearchParams(queryText);
			try {
				const rows = select(collection(ctx.state, tenant, path, query.get('$filter') ?? ''), query.get('$select') ?? '');
				const top = Number(query.get('$top') ?? 0);
				const body = /^users\/[^/]+$/i.test(path) ? rows[0] : { value: top > 0 ? rows.slice(0, top) : rows };
				return { id, status: 200, headers: { 'Content-Type': 'application/json' }, body };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				const notFound = /does not exist|not found/i.test(error.message);
				return {
					id,
					status: notFound ? 404 : 403,
					headers: {},
					body: { error: { code: notFound ? 'Request_ResourceNotFound' : 'Forbidden', message: error.message } },
				};
			}
		});
		return { status: 200, body: responses };
	},
};
