/** The CIPP endpoints the sandbox implements, looked up case-insensitively like PowerShell commands. */
import type { Endpoint } from './endpoint';
import { ExecResetPass } from './ExecResetPass';
import { ListDevices } from './ListDevices';
import { ListTenantDetails } from './ListTenantDetails';
import { ListTenants } from './ListTenants';
import { ListUsers } from './ListUsers';
import { me } from './me';
import * as administration from './catalogue/administration';
import * as alert from './catalogue/alert';
import * as application from './catalogue/application';
import * as calendarPermission from './catalogue/calendarPermission';
import * as compliance from './catalogue/compliance';
import * as conditionalAccess from './catalogue/conditionalAccess';
import * as contact from './catalogue/contact';
import * as customScript from './catalogue/customScript';
import * as domain from './catalogue/domain';
import * as exchangePolicy from './catalogue/exchangePolicy';
import * as gdap from './catalogue/gdap';
import * as group from './catalogue/group';
import * as intune from './catalogue/intune';
import * as license from './catalogue/license';
import * as mailbox from './catalogue/mailbox';
import * as reportBuilder from './catalogue/reportBuilder';
import * as room from './catalogue/room';
import * as scheduler from './catalogue/scheduler';
import * as security from './catalogue/security';
import * as standard from './catalogue/standard';
import * as teamsSharePoint from './catalogue/teamsSharePoint';
import * as tenant from './catalogue/tenant';
import * as tenantTest from './catalogue/tenantTest';
import * as tool from './catalogue/tool';
import * as transportRule from './catalogue/transportRule';
import * as user from './catalogue/user';

const catalogue = [
	administration,
	alert,
	application,
	calendarPermission,
	compliance,
	conditionalAccess,
	contact,
	customScript,
	domain,
	exchangePolicy,
	gdap,
	group,
	intune,
	license,
	mailbox,
	reportBuilder,
	room,
	scheduler,
	security,
	standard,
	teamsSharePoint,
	tenant,
	tenantTest,
	tool,
	transportRule,
	user,
];

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
