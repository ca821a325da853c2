import type { CippOperation } from '../types';

type Call = Pick<CippOperation, 'endpoint' | 'method' | 'access' | 'role'>;

/**
 * Where an operation goes and what it may do, in one line of its definition: most CIPP reads are
 * a GET and most changes a POST. The few that are not (a GET that starts a sync, a POST that only
 * reads) spell out `endpoint`, `method`, `access` and `role` themselves.
 */

/** A read: GET `endpoint`; it never changes a tenant, so it may offer AllTenants. `role` is the CIPP permission it needs. */
export function reads(endpoint: string, role: string): Call {
	return { endpoint, method: 'GET', access: 'read', role };
}

/** A change: POST to `endpoint`; it never accepts AllTenants. `role` is the CIPP permission it needs. */
export function writes(endpoint: string, role: string): Call {
	return { endpoint, method: 'POST', access: 'write', role };
}
