/** The CIPP endpoints the sandbox implements, looked up case-insensitively like PowerShell commands. */
import type { Endpoint } from './endpoint';
import { ExecResetPass } from './ExecResetPass';
import { ListDevices } from './ListDevices';
import { ListTenantDetails } from './ListTenantDetails';
import { ListTenants } from './ListTenants';
import { ListUsers } from './ListUsers';
import { me } from './me';
import * as administration from './catalogue/administration';
import * as calendarPermission from './catalogue/calendarPermission';
import * as group from './catalogue/group';
import * as intune from './catalogue/intune';
import * as license from './catalogue/license';
import * as security from './catalogue/security';
import * as teamsSharePoint from './catalogue/teamsSharePoint';
import * as tenant from './catalogue/tenant';
import * as tool from './catalogue/tool';
import * as user from './catalogue/user';

const catalogue = [administration, calendarPermission, group, intune, license, security, teamsSharePoint, tenant, tool, user];

const ENDPOINTS = new Map<string, Endpoint>(
	[me, ListTenants, ListTenantDetails, ListUsers, ExecResetPass, ListDevices, ...catalogue.flatMap((entry) => entry.endpoints)].map((e) => [
		e.name.toLowerCase(),
		e,
	]),
);

export function findEndpoint(name: string): Endpoint | undefined {
	return ENDPOINTS.get(name.toLowerCase());
}

export type { Endpoint, EndpointContext } from './endpoint';
