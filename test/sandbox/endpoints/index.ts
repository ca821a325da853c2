/** The CIPP endpoints the sandbox implements, looked up case-insensitively like PowerShell commands. */
import type { Endpoint } from './endpoint';
import { ExecResetPass } from './ExecResetPass';
import { ListDevices } from './ListDevices';
import { ListTenantDetails } from './ListTenantDetails';
import { ListTenants } from './ListTenants';
import { ListUsers } from './ListUsers';
import { me } from './me';

const ENDPOINTS = new Map<string, Endpoint>(
	[me, ListTenants, ListTenantDetails, ListUsers, ExecResetPass, ListDevices].map((e) => [e.name.toLowerCase(), e]),
);

export function findEndpoint(name: string): Endpoint | undefined {
	return ENDPOINTS.get(name.toLowerCase());
}

export type { Endpoint, EndpointContext } from './endpoint';
