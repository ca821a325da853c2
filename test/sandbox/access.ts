/**
 * CIPP's authorisation of API clients (Test-CIPPAccess): base roles from Config/cipp-roles.json,
 * custom roles with permissions and tenant scope, and the /api/me answer.
 */
import type { ApiClient, CustomRole, SandboxState } from './fixtures';
import { PARTNER_TENANT_ID, fixtures } from './fixtures';
import { getIgnoreCase } from './http';
import { coalesce } from './powershell';

/** The permissions CIPP's endpoints declare (a representative subset of Get-CippHttpPermissions). */
const ALL_PERMISSIONS = [
	'CIPP.Alert.Read',
	'CIPP.Alert.ReadWrite',
	'CIPP.AppSettings.Read',
	'CIPP.AppSettings.ReadWrite',
	'CIPP.Backup.Read',
	'CIPP.Backup.ReadWrite',
	'CIPP.Core.Read',
	'CIPP.Core.ReadWrite',
	'CIPP.Extension.Read',
	'CIPP.Extension.ReadWrite',
	'CIPP.Scheduler.Read',
	'CIPP.Scheduler.ReadWrite',
	'CIPP.SuperAdmin.ReadWrite',
	'Endpoint.Application.Read',
	'Endpoint.Application.ReadWrite',
	'Endpoint.Autopilot.Read',
	'Endpoint.Autopilot.ReadWrite',
	'Endpoint.Device.Read',
	'Endpoint.Device.ReadWrite',
	'Endpoint.MEM.Read',
	'Endpoint.MEM.ReadWrite',
	'Exchange.Group.Read',
	'Exchange.Group.ReadWrite',
	'Exchange.Mailbox.Read',
	'Exchange.Mailbox.ReadWrite',
	'Exchange.SpamFilter.Read',
	'Exchange.SpamFilter.ReadWrite',
	'Identity.AuditLog.Read',
	'Identity.Device.Read',
	'Identity.Device.ReadWrite',
	'Identity.Group.Read',
	'Identity.Group.ReadWrite',
	'Identity.Role.Read',
	'Identity.User.Read',
	'Identity.User.ReadWrite',
	'Security.Alert.Read',
	'Security.Alert.ReadWrite',
	'Security.Incident.Read',
	'Security.Incident.ReadWrite',
	'Sharepoint.Site.Read',
	'Sharepoint.Site.ReadWrite',
	'Teams.Group.Read',
	'Teams.Group.ReadWrite',
	'Tenant.Administration.Read',
	'Tenant.Administration.ReadWrite',
	'Tenant.ConditionalAccess.Read',
	'Tenant.ConditionalAccess.ReadWrite',
	'Tenant.Directory.Read',
	'Tenant.Directory.ReadWrite',
	'Tenant.Reports.Read',
	'Tenant.Standards.Read',
	'Tenant.Standards.ReadWrite',
];

/** Config/cipp-roles.json */
const BASE_ROLES: Record<string, { include: string[]; exclude: string[] }> = {
	readonly: { include: ['*.Read'], exclude: ['CIPP.SuperAdmin.*', 'CIPP.Admin.*', 'CIPP.AppSettings.*'] },
	editor: {
		include: ['*.Read', '*.ReadWrite'],
		exclude: ['CIPP.SuperAdmin.*', 'CIPP.Admin.*', 'CIPP.AppSettings.*', 'Tenant.Standards.ReadWrite'],
	},
	admin: { include: ['*'], exclude: ['CIPP.SuperAdmin.*'] },
	superadmin: { include: ['*'], exclude: [] },
};

/** PowerShell -like (wildcards * and ?, case-insensitive). */
function like(value: string, pattern: string): boolean {
	const regex = pattern
		.replace(/[.+^${}()|[\]\\]/g, '\\$&')
		.replace(/\*/g, '.*')
		.replace(/\?/g, '.');
	return new RegExp(`^${regex}$`, 'i').test(value);
}

function baseRoleAllows(roleName: string, permission: string): boolean {
	const role = BASE_ROLES[roleName];
	return role.include.some((p) => like(permission, p)) && !role.exclude.some((p) => like(permission, p));
}

function customRoleOf(client: ApiClient): CustomRole | undefined {
	return BASE_ROLES[client.role] ? undefined : fixtures.customRoles[client.role];
}

/** Custom roles match with `$Perm -match $APIRole`, so a ReadWrite permission also grants Read. */
function customRoleAllows(role: CustomRole, permission: string): boolean {
	return role.permissions.some((p) => p.toLowerCase().includes(permission.toLowerCase()));
}

export function allowedPermissions(client: ApiClient): string[] {
	const custom = customRoleOf(client);
	if (custom) return [...custom.permissions];
	return ALL_PERMISSIONS.filter((permission) => baseRoleAllows(client.role, permission));
}

/** Tenants (customerIds) the client may see, or 'AllTenants' when unrestricted (Test-CIPPAccess -TenantList). */
export function allowedTenantIds(client: ApiClient): string[] | 'AllTenants' {
	const custom = customRoleOf(client);
	if (!custom || custom.allowedTenants.includes('AllTenants')) return 'AllTenants';
	return custom.allowedTenants.filter((id) => !custom.blockedTenants.includes(id));
}

/** The tenant Test-CIPPAccess checks: tenantFilter or tenantId from the query or body, else the partner tenant. */
function requestedTenant(query: Record<string, string>, body: unknown): unknown {
	const fromBody = (name: string) => {
		const value = getIgnoreCase(body, name);
		return coalesce(getIgnoreCase(value, 'value'), value);
	};
	return coalesce(
		getIgnoreCase(query, 'tenantFilter'),
		fromBody('tenantFilter'),
		getIgnoreCase(query, 'tenantId'),
		fromBody('tenantId'),
		PARTNER_TENANT_ID,
	);
}

export interface AccessRequest {
	client: ApiClient;
	endpointRole: string;
	/** Endpoint works across tenants (.FUNCTIONALITY AnyTenant) and skips the tenant check. */
	anyTenant: boolean;
	query: Record<string, string>;
	body: unknown;
	state: SandboxState;
}

/** Test-CIPPAccess for an endpoint call: the 403 message, or undefined when access is granted. */
export function accessDenial(request: AccessRequest): string | undefined {
	const { client, endpointRole } = request;
	const custom = customRoleOf(client);
	if (!custom) {
		if (baseRoleAllows(client.role, endpointRole)) return undefined;
		return `Access to this CIPP API endpoint is not allowed, the '${client.role}' base role does not have the required permission: ${endpointRole}`;
	}
	if (!customRoleAllows(custom, endpointRole)) {
		return `Access to this CIPP API endpoint is not allowed, you do not have the required permission: ${endpointRole}`;
	}
	if (request.anyTenant) return undefined;

	const allowed = allowedTenantIds(client);
	if (allowed === 'AllTenants') return undefined;
	const tenantFilter = requestedTenant(request.query, request.body);
	if (typeof tenantFilter === 'string' && tenantFilter.toLowerCase() === 'alltenants') {
		return /Write$/.test(endpointRole) ? 'Access to this tenant is not allowed' : undefined;
	}
	// Only tenants CIPP knows (by customerId or default domain) are checked; unknown names pass
	// here and fail later in the endpoint itself.
	const wanted = typeof tenantFilter === 'string' ? tenantFilter.toLowerCase() : undefined;
	const tenant = request.state.tenants.find((t) => t.customerId === wanted || t.defaultDomainName.toLowerCase() === wanted);
	if (tenant && !allowed.includes(tenant.customerId)) return 'Access to this tenant is not allowed';
	return undefined;
}
