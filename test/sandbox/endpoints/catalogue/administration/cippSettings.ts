/**
 * CIPP's own settings kept in its tables: Invoke-ListCIPPUsers and -ExecCIPPUsers (allowedUsers),
 * -ExecJITAdminSettings (Config), -ExecHaloPSATestTicket and -ExecSetPackageTag (templates).
 */
import { perSandbox } from '../../../directory';
import { fixtures } from '../../../fixtures';
import { getIgnoreCase } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { intuneData } from '../intune/data';
import { adminState, writeLog } from './state';

interface AllowedUserRow {
	RowKey: string;
	ManualRoles: string[];
	AutoRoles: string[];
	LastSync: string | null;
}

const BUILT_IN_ROLES = ['readonly', 'editor', 'admin', 'superadmin'];

export interface CustomRoleRow {
	Permissions: unknown;
	AllowedTenants: unknown;
	BlockedTenants: unknown;
	BlockedEndpoints: unknown;
}

export const cippSettings = perSandbox(() => ({
	users: [
		{ RowKey: 'owner@northstarit.com', ManualRoles: ['superadmin'], AutoRoles: [], LastSync: null },
		{ RowKey: 'tech@northstarit.com', ManualRoles: ['editor'], AutoRoles: ['readonly'], LastSync: '2026-11-30T06:00:00Z' },
	] as AllowedUserRow[],
	/** CustomRoles rows beyond the fixtures' (ExecCustomRole adds them), by lower-case RowKey. */
	customRoles: new Map<string, CustomRoleRow>(),
	/** AccessIPRanges and AccessRoleGroups rows, by role RowKey. */
	roleIpRanges: new Map<string, string[]>(),
	roleGroups: new Map<string, { value: string; label: string }>(),
	jitMaxDuration: null as string | null,
	/** HaloPSA tickets by "<client>-<title>" (New-HaloPSATicket's dedup key), as ticket IDs. */
	haloTickets: new Map<string, number>(),
}));

/** Built-in roles, then the CustomRoles table's RowKeys. */
export function cippRoleNames(ctx: EndpointContext): string[] {
	return [...BUILT_IN_ROLES, ...Object.keys(fixtures.customRoles), ...cippSettings(ctx.state).customRoles.keys()];
}

const effectiveRoles = (row: AllowedUserRow) => [...new Set([...row.ManualRoles, ...row.AutoRoles])].sort();

const ListCIPPUsers: Endpoint = {
	name: 'ListCIPPUsers',
	role: 'CIPP.SuperAdmin.Read',
	anyTenant: true,
	handle(ctx) {
		const custom = cippRoleNames(ctx).filter((role) => !BUILT_IN_ROLES.includes(role));
		return {
			status: 200,
			body: {
				Users: cippSettings(ctx.state).users.map((row) => ({
					UPN: row.RowKey,
					Roles: effectiveRoles(row),
					ManualRoles: row.ManualRoles,
					AutoRoles: row.AutoRoles,
					Source: row.AutoRoles.length > 0 ? (row.ManualRoles.length > 0 ? 'Both' : 'Sync') : 'Manual',
					LastSync: row.LastSync,
				})),
				AvailableRoles: [
					...BUILT_IN_ROLES.map((RoleName) => ({ RoleName, Type: 'Built-In' })),
					...custom.map((RoleName) => ({ RoleName, Type: 'Custom' })),
				],
			},
		};
	},
};

const failed = (message: string) => ({ status: 400, body: { Results: `Failed: ${message}` } });

function saveUser(ctx: EndpointContext, upn: string): ReturnType<Endpoint['handle']> {
	const given = ctx.fromBody('Roles');
	const roles = psList(given).map(psString);
	if (roles.length === 0) return failed('At least one role must be assigned');
	const valid = [...cippRoleNames(ctx), 'anonymous', 'authenticated'];
	const invalid = roles.find((role) => !valid.includes(role));
	if (invalid !== undefined) return failed(`Invalid role: ${invalid}. Valid roles: ${valid.join(', ')}`);
	const data = cippSettings(ctx.state);
	const existing = data.users.find((row) => row.RowKey === upn);
	// Case-sensitive: a custom role named SuperAdmin is not the built-in one (:173).
	if (!roles.includes('superadmin') && existing?.ManualRoles.includes('superadmin')) {
		if (!data.users.some((row) => row.RowKey !== upn && row.ManualRoles.includes('superadmin'))) {
			return failed(
				'Cannot remove the superadmin role from the last user that has it manually assigned. Grant superadmin manually to another user first (superadmin from Entra group sync does not count).',
			);
		}
	}
	if (existing) existing.ManualRoles = roles;
	else data.users.push({ RowKey: upn, ManualRoles: roles, AutoRoles: [], LastSync: null });
	return { status: 200, body: { Results: `Successfully added/updated user ${upn} with roles: ${roles.join(', ')}` } };
}

function deleteUser(ctx: EndpointContext, upn: string): ReturnType<Endpoint['handle']> {
	const data = cippSettings(ctx.state);
	const existing = data.users.find((row) => row.RowKey === upn);
	if (!existing) return failed(`User ${upn} not found in the allowed users table`);
	if (
		existing.ManualRoles.includes('superadmin') &&
		!data.users.some((row) => row !== existing && row.ManualRoles.includes('superadmin'))
	) {
		return failed(
			'Cannot remove the last user with a manually assigned superadmin role. Grant superadmin manually to another user first (superadmin from Entra group sync does not count).',
		);
	}
	data.users = data.users.filter((row) => row !== existing);
	return { status: 200, body: { Results: `Successfully removed user ${upn}` } };
}

const ExecCIPPUsers: Endpoint = {
	name: 'ExecCIPPUsers',
	role: 'CIPP.SuperAdmin.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const action = psString(ctx.fromQueryOrBody('Action'));
		if (action !== 'AddUpdate' && action !== 'Delete') {
			return { status: 400, body: { Results: `Unknown action: ${action}. Valid actions: AddUpdate, Delete` } };
		}
		const upn = psString(ctx.fromBody('UPN')).trim().toLowerCase();
		if (!upn) return failed('UPN (email) is required');
		const answer = action === 'AddUpdate' ? saveUser(ctx, upn) : deleteUser(ctx, upn);
		writeLog(ctx.state, {
			Tenant: 'None',
			API: 'ExecCIPPUsers',
			Message: psString(getIgnoreCase(answer, 'body')),
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		return answer;
	},
};

/** XmlConvert.ToTimeSpan: an xs:duration (no weeks). */
const XS_DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const ExecJITAdminSettings: Endpoint = {
	name: 'ExecJITAdminSettings',
	role: 'CIPP.AppSettings.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const data = cippSettings(ctx.state);
		const action = psString(ctx.fromBody('Action') || ctx.fromQuery('Action'));
		if (action === 'Get') return { status: 200, body: { MaxDuration: data.jitMaxDuration } };
		if (action !== 'Set') return { status: 400, body: { Results: 'Error: Invalid action. Use Get or Set.' } };
		const given = psString(getIgnoreCase(ctx.fromBody('MaxDuration'), 'value'));
		if (given.trim() === '') {
			data.jitMaxDuration = null;
			return { status: 200, body: { Results: 'Successfully removed JIT Admin maximum duration limit' } };
		}
		if (!XS_DURATION.test(given)) {
			return { status: 400, body: { Results: 'Error: Invalid ISO 8601 duration format. Expected format like PT4H, P1D, P4W, etc.' } };
		}
		data.jitMaxDuration = given;
		return { status: 200, body: { Results: `Successfully set JIT Admin maximum duration to ${given}` } };
	},
};

const HALO_TITLE = 'Test ticket from CIPP integration';

const ExecHaloPSATestTicket: Endpoint = {
	name: 'ExecHaloPSATestTicket',
	role: 'CIPP.Extension.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const admin = adminState(ctx.state);
		if (admin.extensions.HaloPSA?.Enabled !== true) {
			return {
				status: 200,
				body: { Results: 'HaloPSA integration is not enabled. Save the integration with Enable Integration ticked, then try again.' },
			};
		}
		const mapping = admin.mappings.HaloPSA.find((row) => Number.parseInt(psString(row.IntegrationId), 10) > 0);
		const clientId = mapping ? Number.parseInt(psString(mapping.IntegrationId), 10) : 1;
		const clientName = mapping ? psString(mapping.IntegrationName) : 'Default Client (no numeric Tenant Mapping found)';
		const tickets = cippSettings(ctx.state).haloTickets;
		const key = `${clientId}-${HALO_TITLE}`;
		const existing = tickets.get(key);
		let result: string;
		if (existing !== undefined) result = `Note added to ticket in HaloPSA: ${existing}`;
		else {
			const id = 4101 + tickets.size;
			tickets.set(key, id);
			result = `Ticket created in HaloPSA: ${id}`;
		}
		return {
			status: 200,
			body: { Results: `${result} against client '${clientName}' (id ${clientId}). It is safe to close this ticket.` },
		};
	},
};

const ExecSetPackageTag: Endpoint = {
	name: 'ExecSetPackageTag',
	role: 'CIPP.Core.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const given = ctx.fromBody('GUID');
		const guids = psList(given).map(psString);
		const remove = ctx.fromBody('Remove') === true || psString(ctx.fromBody('Remove')).toLowerCase() === 'true';
		const packageValue = remove ? null : psString([ctx.fromBody('Package')].flat()[0]);
		const templates = intuneData(ctx.state).templates;
		for (const guid of guids) {
			const template = templates.find((row) => row.GUID === guid);
			// A GUID with no template row is written with a null PartitionKey, which Table storage refuses.
			if (!template) {
				const message = `${remove ? 'Failed to remove package tag' : 'Failed to set package tag'}: The PartitionKey property cannot be null.`;
				return { status: 200, body: { Results: message } };
			}
			template.Package = packageValue;
		}
		return {
			status: 200,
			body: {
				Results: remove
					? 'Successfully removed package tag from template(s)'
					: `Successfully updated template(s) with package tag: ${packageValue}`,
			},
		};
	},
};

const IP_PATTERN = /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:\/\d{1,2})?|(?:[0-9A-Fa-f]{1,4}:){1,7}[0-9A-Fa-f]{1,4}(?:\/\d{1,3})?)$/;

/** AddUpdate (:30-105): a custom role is written whole; IP range and Entra group are set, or removed when not given. */
function saveRole(ctx: EndpointContext, roleName: string): unknown[] {
	const data = cippSettings(ctx.state);
	const key = roleName.toLowerCase();
	const results: string[] = [];
	if (!BUILT_IN_ROLES.includes(roleName)) {
		data.customRoles.set(key, {
			Permissions: ctx.fromBody('Permissions'),
			AllowedTenants: ctx.fromBody('AllowedTenants'),
			BlockedTenants: ctx.fromBody('BlockedTenants'),
			BlockedEndpoints: ctx.fromBody('BlockedEndpoints'),
		});
		results.push(`Custom role ${roleName} saved`);
	}
	const given = ctx.fromBody('IpRange');
	if (roleName === 'superadmin' && given)
		results.push('Note: IP restrictions are not allowed on the superadmin role to prevent lockout issues.');
	const ips =
		roleName === 'superadmin' || !given
			? []
			: [given]
					.flat()
					.map(psString)
					.filter((ip) => IP_PATTERN.test(ip));
	if (ips.length > 0) {
		data.roleIpRanges.set(key, ips);
		results.push(`IP ranges configured for '${roleName}' role.`);
	} else if (data.roleIpRanges.delete(key) && roleName !== 'superadmin') results.push(`IP ranges removed from '${roleName}' role.`);
	const group = ctx.fromBody('EntraGroup');
	const existingGroup = data.roleGroups.get(roleName);
	if (group) {
		const entra = { value: psString(getIgnoreCase(group, 'value')), label: psString(getIgnoreCase(group, 'label')) };
		data.roleGroups.set(key, entra);
		results.push(`Security group '${entra.label}' assigned to the '${roleName}' role.`);
	} else if (existingGroup) {
		data.roleGroups.delete(roleName);
		results.push(`Security group '${existingGroup.label}' removed from the '${roleName}' role.`);
	}
	return results;
}

function cloneRole(ctx: EndpointContext, roleName: string): string {
	const data = cippSettings(ctx.state);
	const newName = psString(ctx.fromBody('NewRoleName'));
	const existing = data.customRoles.get(roleName.toLowerCase());
	const failed =
		!existing ||
		BUILT_IN_ROLES.includes(newName) ||
		newName.toLowerCase() === roleName.toLowerCase() ||
		data.customRoles.has(newName.toLowerCase());
	if (failed) return `Failed to clone custom role ${roleName}`;
	data.customRoles.set(newName.toLowerCase(), { ...existing });
	const ips = data.roleIpRanges.get(roleName.toLowerCase());
	if (ips) data.roleIpRanges.set(newName.toLowerCase(), [...ips]);
	return `Custom role '${newName}' cloned from '${roleName}'`;
}

const ExecCustomRole: Endpoint = {
	name: 'ExecCustomRole',
	role: 'CIPP.SuperAdmin.ReadWrite',
	handle(ctx) {
		const roleName = psString(ctx.fromBody('RoleName'));
		if (['anonymous', 'authenticated'].includes(roleName)) throw new Error(`Role name ${roleName} cannot be used`);
		const action = psString(ctx.fromQueryOrBody('Action'));
		const data = cippSettings(ctx.state);
		if (action === 'AddUpdate') return { status: 200, body: { Results: saveRole(ctx, roleName) } };
		if (action === 'Clone') return { status: 200, body: { Results: cloneRole(ctx, roleName) } };
		if (action === 'Delete') {
			// Looked up by RowKey as given: roles are stored in lower case (:155).
			if (!data.customRoles.has(roleName)) throw new Error("Cannot bind argument to parameter 'Entity' because it is null.");
			data.customRoles.delete(roleName);
			data.roleGroups.delete(roleName);
			data.roleIpRanges.delete(roleName);
			return { status: 200, body: { Results: 'Custom role deleted' } };
		}
		return { status: 200, body: [...data.customRoles.keys()].map((RowKey) => ({ RowKey })) };
	},
};

export const endpoints: Endpoint[] = [
	ExecCustomRole,
	ListCIPPUsers,
	ExecCIPPUsers,
	ExecJITAdminSettings,
	ExecHaloPSATestTicket,
	ExecSetPackageTag,
];
