/** GET /api/me: who-am-I for an API client, answered inside Test-CIPPAccess. */
import { allowedPermissions } from '../access';
import type { Endpoint } from './endpoint';

export const me: Endpoint = {
	name: 'me',
	role: null,
	handle(ctx) {
		const body = {
			clientPrincipal: { appId: ctx.client.clientId, appRole: [ctx.client.role] },
			permissions: allowedPermissions(ctx.client),
		};
		// Test-CIPPAccess returns ConvertTo-Json output, a string, so it goes out as text/plain.
		return { status: 200, body: JSON.stringify(body, null, 2) };
	},
};
