/** GET /api/ListDevices: Intune managed devices of a tenant. */
import { GRAPH_ERRORS, GraphError, graphTenant, normalizeGraphError } from '../graph';
import { omit } from '../http';
import type { Endpoint } from './endpoint';

export const ListDevices: Endpoint = {
	name: 'ListDevices',
	role: 'Endpoint.Device.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			if (!tenant.intuneLicensed) throw new GraphError(GRAPH_ERRORS.notLicensed);
			const devices = ctx.state.devices.filter((d) => d.tenantId === tenant.customerId).map((device) => omit(device, 'tenantId'));
			return { status: 200, body: devices };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// Like many CIPP List* endpoints: failures are HTTP 403 with a one-element array of text.
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};
